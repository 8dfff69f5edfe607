using Kusama.Core;
using Kusama.State;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>A transaction in the future queue (sc-transaction-pool <c>WaitingTransaction</c>): the required tags still missing.</summary>
internal sealed class WaitingTransaction
{
    public WaitingTransaction(PooledTransaction transaction, IReadOnlyDictionary<byte[], Hash256> providedTags, HashSet<byte[]>[] recentlyPruned, ulong importedOrder)
    {
        Transaction = transaction;
        ImportedOrder = importedOrder;
        MissingTags = new HashSet<byte[]>(ByteKeyComparer.Instance);
        foreach (byte[] tag in transaction.Requires)
        {
            if (providedTags.ContainsKey(tag))
                continue;
            bool pruned = false;
            foreach (HashSet<byte[]> set in recentlyPruned)
                pruned |= set.Contains(tag);
            // A tag the chain just consumed counts as met: the transaction was validated before that block and its
            // dependency is already included, so parking it in future would strand it until re-validation.
            if (!pruned)
                MissingTags.Add(tag);
        }
    }

    public PooledTransaction Transaction { get; }

    public HashSet<byte[]> MissingTags { get; }

    /// <summary>Import sequence number; the oldest future transaction goes first when the queue is over its limit.</summary>
    public ulong ImportedOrder { get; }

    public bool IsReady => MissingTags.Count == 0;

    public void SatisfyTag(byte[] tag) => MissingTags.Remove(tag);
}
