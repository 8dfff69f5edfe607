using BenchmarkDotNet.Attributes;
using Kusama.Blockchain.Execution;
using Kusama.Db.Rocks;

namespace Kusama.Benchmarks.Execution;

/// <summary>
/// <c>TaggedTransactionQueue_validate_transaction</c> through <see cref="RuntimeExecutor.Call"/> at the finalized genesis
/// state (RocksDB), per transaction, on one thread and on every core. Target: ≥ 10,000 tx/s on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const int Transactions = 1_000;

    private string _path = "";
    private RocksDbStore _store = null!;
    private BlockImportBenchmark _bench = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "kusama-validate-bench", Guid.NewGuid().ToString("N"));
        _store = RocksDbStore.Open(_path);
        _bench = BlockImportBenchmark.Create(_store, Transactions);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Transactions)]
    public double ValidateOneThread() => _bench.MeasureValidation(threads: 1);

    [Benchmark(OperationsPerInvoke = Transactions)]
    public double ValidateAllCores() => _bench.MeasureValidation(threads: Environment.ProcessorCount);
}
