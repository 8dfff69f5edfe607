using Kusama.Db;
using Kusama.Db.Memory;
using Kusama.Db.Rocks;

namespace Kusama.Benchmarks.Db;

/// <summary>A store for one benchmark: RocksDB (default options) in a fresh temp directory deleted on dispose, or memory.</summary>
public sealed class BenchmarkStore : IDisposable
{
    /// <summary>100k entries with 32-byte random keys and 64-byte values, as in reference/crypto.md §6 (scaled down 10×).</summary>
    public const int EntryCount = 100_000;

    /// <summary>Entries per write batch.</summary>
    public const int BatchSize = 10_000;

    private readonly string? _directory;

    public BenchmarkStore(StoreKind kind)
    {
        if (kind == StoreKind.RocksDb)
        {
            _directory = Path.Combine(Path.GetTempPath(), "kusama-db-bench", Guid.NewGuid().ToString("N"));
            Store = RocksDbStore.Open(_directory);
        }
        else
        {
            Store = new MemoryKeyValueStore();
        }
    }

    public IKeyValueStore Store { get; }

    /// <summary>Random keys and values from a fixed seed, so every run writes the same data.</summary>
    public static (byte[][] Keys, byte[][] Values) CreateEntries()
    {
        var random = new Random(20240601);
        var keys = new byte[EntryCount][];
        var values = new byte[EntryCount][];
        for (int i = 0; i < EntryCount; i++)
        {
            keys[i] = new byte[32];
            values[i] = new byte[64];
            random.NextBytes(keys[i]);
            random.NextBytes(values[i]);
        }
        return (keys, values);
    }

    /// <summary>Writes all entries into <see cref="DbColumn.StateNodes"/> in batches of <see cref="BatchSize"/>.</summary>
    public void WriteAll(byte[][] keys, byte[][] values)
    {
        for (int start = 0; start < keys.Length; start += BatchSize)
        {
            using var batch = Store.CreateWriteBatch();
            int end = Math.Min(start + BatchSize, keys.Length);
            for (int i = start; i < end; i++)
                batch.Put(DbColumn.StateNodes, keys[i], values[i]);
            Store.Write(batch);
        }
    }

    public void Dispose()
    {
        Store.Dispose();
        if (_directory is not null)
            Directory.Delete(_directory, recursive: true);
    }
}
