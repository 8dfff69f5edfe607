using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// A transaction in the ready queue (sc-transaction-pool <c>ReadyTx</c>): the ready transactions it unlocks and how
/// many of its required tags no ready transaction provides (those were met by the chain).
/// </summary>
internal sealed class ReadyEntry(PooledTransaction transaction, ReadyOrder order, List<Hash256> unlocks, int requiresOffset)
{
    public PooledTransaction Transaction { get; } = transaction;

    public ReadyOrder Order { get; } = order;

    public List<Hash256> Unlocks { get; } = unlocks;

    public int RequiresOffset { get; set; } = requiresOffset;
}
