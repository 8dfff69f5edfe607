using BenchmarkDotNet.Attributes;

namespace Kusama.Benchmarks.Db;

/// <summary>Writes 100k random 32-byte keys with 64-byte values in batches of 10k into a fresh store; time is per put.</summary>
[MemoryDiagnoser]
public class KeyValueStoreWriteBenchmarks
{
    private byte[][] _keys = [];
    private byte[][] _values = [];
    private BenchmarkStore? _store;

    [Params(StoreKind.RocksDb, StoreKind.Memory)]
    public StoreKind Kind { get; set; }

    [GlobalSetup]
    public void GlobalSetup() => (_keys, _values) = BenchmarkStore.CreateEntries();

    [IterationSetup]
    public void IterationSetup() => _store = new BenchmarkStore(Kind);

    [IterationCleanup]
    public void IterationCleanup() => _store!.Dispose();

    [Benchmark(OperationsPerInvoke = BenchmarkStore.EntryCount)]
    public void PutInBatches() => _store!.WriteAll(_keys, _values);
}
