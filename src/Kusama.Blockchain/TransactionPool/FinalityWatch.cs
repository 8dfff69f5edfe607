using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>A block holding watched transactions (with their index in its body) that waits for finality.</summary>
internal sealed class FinalityWatch(Hash256 blockHash)
{
    public Hash256 BlockHash { get; } = blockHash;

    public List<(Hash256 Transaction, int Index)> Transactions { get; } = [];
}
