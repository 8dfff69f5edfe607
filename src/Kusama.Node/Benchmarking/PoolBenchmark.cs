using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.TransactionPool;
using Kusama.Consensus.Babe;
using Kusama.Crypto.Keys;
using Kusama.Db.Rocks;

namespace Kusama.Node.Benchmarking;

/// <summary>
/// <c>kusama benchmark pool</c>: N signed transfers from N funded accounts submitted to a transaction pool in batches;
/// every one is validated through the runtime (<c>TaggedTransactionQueue_validate_transaction</c>, signature included) on
/// every core, as RPC submissions are. Reports validations per second, on one core and on all.
/// </summary>
public static class PoolBenchmark
{
    public static void Run(TextWriter output, string directory, int transactions)
    {
        output.WriteLine($"Preparing {transactions:N0} funded accounts and signed transfers…");
        KeyPair[] keys = BenchmarkChain.Accounts(transactions);
        var (raw, genesis) = BenchmarkChain.Genesis(keys);
        using var db = RocksDbStore.Open(directory);
        BlockImporter chain = BenchmarkChain.Open(db, raw, genesis, new BabeSealVerifier([]));
        var transfers = new byte[transactions][];
        Parallel.For(0, transactions, i => transfers[i] = BenchmarkChain.Transfer(keys[i], keys[(i + 1) % transactions], 0, genesis.Hash));
        var validator = new RuntimeTransactionValidator(chain.Tree, chain.Executor);

        // A warm-up pass so both runs measure steady state, not first-call costs.
        TransactionPoolThroughput.Run(validator, transfers[..Math.Min(256, transactions)], genesis.Hash, 0, parallelism: 1);
        foreach (int threads in new[] { 1, Environment.ProcessorCount })
        {
            TransactionPoolThroughputReport report = TransactionPoolThroughput.Run(validator, transfers, genesis.Hash, 0, parallelism: threads);
            output.WriteLine($"{threads} thread(s): {report.ValidationsPerSecond:N0} validations/s ({report.Accepted:N0} of {report.Submitted:N0} accepted in {report.Elapsed.TotalMilliseconds:F0} ms; ready {report.Status.Ready:N0})");
        }
    }
}
