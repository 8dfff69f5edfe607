using Kusama.Core;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// A validated transaction in the pool (sc-transaction-pool <c>base_pool::Transaction</c>): its encoding and hash, and
/// the validity the runtime gave it, with longevity turned into the block number it is valid until.
/// </summary>
public sealed class PooledTransaction
{
    internal PooledTransaction(
        byte[] data, Hash256 hash, TransactionSource source, ValidTransaction validity, ulong validatedAt, long importedAtTicks)
    {
        Data = data;
        Hash = hash;
        Source = source;
        Priority = validity.Priority;
        Requires = validity.Requires;
        Provides = validity.Provides;
        Propagate = validity.Propagate;
        ValidatedAt = validatedAt;
        // Saturating, as Substrate's `block_number.saturating_add(longevity)`: "forever" stays forever.
        ValidTill = validatedAt + validity.Longevity < validatedAt ? ulong.MaxValue : validatedAt + validity.Longevity;
        ImportedAtTicks = importedAtTicks;
    }

    /// <summary>The full encoding, compact length prefix included.</summary>
    public byte[] Data { get; }

    /// <summary>blake2_256 of <see cref="Data"/>.</summary>
    public Hash256 Hash { get; }

    public TransactionSource Source { get; }

    public ulong Priority { get; }

    public byte[][] Requires { get; }

    public byte[][] Provides { get; }

    public bool Propagate { get; }

    /// <summary>The number of the block it was last validated at.</summary>
    public ulong ValidatedAt { get; }

    /// <summary>The block number from which it is stale (validated-at plus longevity).</summary>
    public ulong ValidTill { get; }

    /// <summary>Encoded size in bytes, counted against the queue limits.</summary>
    public int Bytes => Data.Length;

    /// <summary>When it first entered the pool (the clock's timestamp), kept across re-validation.</summary>
    internal long ImportedAtTicks { get; }

    /// <summary>A copy carrying a new validity (re-validation at a later block).</summary>
    internal PooledTransaction Revalidated(ValidTransaction validity, ulong at) => new(Data, Hash, Source, validity, at, ImportedAtTicks);

    public override string ToString() => $"Transaction({Hash.ToShortString()}, priority {Priority}, {Bytes} bytes)";
}
