namespace Kusama.Benchmarks.Db;

/// <summary>Which <see cref="Kusama.Db.IKeyValueStore"/> implementation a database benchmark runs against.</summary>
public enum StoreKind
{
    RocksDb,
    Memory,
}
