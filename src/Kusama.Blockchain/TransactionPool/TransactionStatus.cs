using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// One step of a watched transaction's life (sc-transaction-pool-api <c>TransactionStatus</c>): the kind and its payload —
/// the block hash and index for InBlock/Finalized, the block hash for Retracted/FinalityTimeout, the replacing transaction
/// for Usurped, the peers for Broadcast.
/// </summary>
public readonly record struct TransactionStatus
{
    private TransactionStatus(TransactionStatusKind kind, Hash256 hash = default, int index = 0, string[]? peers = null)
    {
        Kind = kind;
        Hash = hash;
        Index = index;
        Peers = peers;
    }

    public TransactionStatusKind Kind { get; }

    /// <summary>The block hash (InBlock, Retracted, FinalityTimeout, Finalized) or the usurping transaction's hash (Usurped).</summary>
    public Hash256 Hash { get; }

    /// <summary>The transaction's index in the block's body (InBlock, Finalized).</summary>
    public int Index { get; }

    /// <summary>The peers it was gossiped to (Broadcast).</summary>
    public string[]? Peers { get; }

    /// <summary>After a final status the transaction is no longer watched.</summary>
    public bool IsFinal => Kind is TransactionStatusKind.FinalityTimeout or TransactionStatusKind.Finalized
        or TransactionStatusKind.Usurped or TransactionStatusKind.Dropped or TransactionStatusKind.Invalid;

    public static TransactionStatus Future => new(TransactionStatusKind.Future);

    public static TransactionStatus Ready => new(TransactionStatusKind.Ready);

    public static TransactionStatus Dropped => new(TransactionStatusKind.Dropped);

    public static TransactionStatus Invalid => new(TransactionStatusKind.Invalid);

    public static TransactionStatus Broadcast(string[] peers) => new(TransactionStatusKind.Broadcast, peers: peers);

    public static TransactionStatus InBlock(Hash256 blockHash, int index) => new(TransactionStatusKind.InBlock, blockHash, index);

    public static TransactionStatus Retracted(Hash256 blockHash) => new(TransactionStatusKind.Retracted, blockHash);

    public static TransactionStatus FinalityTimeout(Hash256 blockHash) => new(TransactionStatusKind.FinalityTimeout, blockHash);

    public static TransactionStatus Finalized(Hash256 blockHash, int index) => new(TransactionStatusKind.Finalized, blockHash, index);

    public static TransactionStatus Usurped(Hash256 transactionHash) => new(TransactionStatusKind.Usurped, transactionHash);

    public override string ToString() => Kind switch
    {
        TransactionStatusKind.InBlock or TransactionStatusKind.Finalized => $"{Kind}({Hash.ToShortString()}, {Index})",
        TransactionStatusKind.Retracted or TransactionStatusKind.FinalityTimeout or TransactionStatusKind.Usurped => $"{Kind}({Hash.ToShortString()})",
        TransactionStatusKind.Broadcast => $"Broadcast({string.Join(", ", Peers ?? [])})",
        _ => Kind.ToString(),
    };
}
