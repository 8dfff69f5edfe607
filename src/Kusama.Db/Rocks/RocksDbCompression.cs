namespace Kusama.Db.Rocks;

/// <summary>Block compression of RocksDB table files; the bundled librocksdb supports both.</summary>
public enum RocksDbCompression
{
    /// <summary>No compression: trie nodes and hashes are mostly incompressible, so this saves CPU at a small size cost.</summary>
    None = 0,

    /// <summary>LZ4: cheap to decompress; shrinks headers, bodies and repetitive values.</summary>
    Lz4 = 1,
}
