using BenchmarkDotNet.Attributes;
using Kusama.Db;

namespace Kusama.Benchmarks.Db;

/// <summary>Random gets and a full ordered iteration over a store holding 100k random entries; time is per entry.</summary>
[MemoryDiagnoser]
public class KeyValueStoreReadBenchmarks
{
    private byte[][] _lookupOrder = [];
    private BenchmarkStore? _store;

    [Params(StoreKind.RocksDb, StoreKind.Memory)]
    public StoreKind Kind { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var (keys, values) = BenchmarkStore.CreateEntries();
        _store = new BenchmarkStore(Kind);
        _store.WriteAll(keys, values);
        // Reads then hit table files through the block cache, as a node's state reads do, not only the memtable.
        _store.Store.Flush();
        _lookupOrder = (byte[][])keys.Clone();
        new Random(7).Shuffle(_lookupOrder);
    }

    [GlobalCleanup]
    public void GlobalCleanup() => _store!.Dispose();

    [Benchmark(OperationsPerInvoke = BenchmarkStore.EntryCount)]
    public int RandomGets()
    {
        var store = _store!.Store;
        Span<byte> value = stackalloc byte[64];
        int found = 0;
        foreach (var key in _lookupOrder)
        {
            if (store.Get(DbColumn.StateNodes, key, value) == 64)
                found++;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkStore.EntryCount)]
    public int FullIteration()
    {
        int count = 0;
        using var iterator = _store!.Store.Iterate(DbColumn.StateNodes);
        while (iterator.MoveNext())
            count += iterator.Value.Length > 0 ? 1 : 0;
        return count;
    }
}
