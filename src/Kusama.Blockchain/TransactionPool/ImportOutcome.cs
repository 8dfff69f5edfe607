using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// What importing one transaction did to the queues (sc-transaction-pool <c>base_pool::Imported</c>): where it went, the
/// future transactions it promoted, those that failed to move, and the ready ones it replaced.
/// </summary>
internal sealed record ImportOutcome(Hash256 Hash, bool IsReady, List<Hash256> Promoted, List<Hash256> Failed, List<PooledTransaction> Removed)
{
    public static ImportOutcome Future(Hash256 hash) => new(hash, false, [], [], []);
}
