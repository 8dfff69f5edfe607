namespace Kusama.Blockchain.TransactionPool;

/// <summary>What pruning tags did (sc-transaction-pool <c>PruneStatus</c>): removed ready transactions, promotions, failures.</summary>
internal sealed record PruneOutcome(List<PooledTransaction> Pruned, List<ImportOutcome> Promoted, List<PooledTransaction> Failed);
