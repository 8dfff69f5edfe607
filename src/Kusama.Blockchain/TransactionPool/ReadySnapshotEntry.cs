using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>A ready transaction as a <see cref="BestIterator"/> saw it when created (its own copy of the links).</summary>
internal sealed record ReadySnapshotEntry(PooledTransaction Transaction, ReadyOrder Order, Hash256[] Unlocks, int RequiresOffset);
