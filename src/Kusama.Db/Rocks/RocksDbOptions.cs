namespace Kusama.Db.Rocks;

/// <summary>Tuning of a <see cref="RocksDbStore"/>; every size is in bytes, the defaults suit a Kusama full node.</summary>
public sealed record RocksDbOptions
{
    /// <summary>The defaults.</summary>
    public static RocksDbOptions Default { get; } = new();

    /// <summary>Create an empty database when the directory is missing or empty. Default true.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>LRU block cache shared by all columns, in bytes (1 MiB = 1,048,576 bytes). Default 256 MiB.</summary>
    public long BlockCacheSize { get; init; } = 256L * 1024 * 1024;

    /// <summary>Memtable size per column before it is flushed to a table file, in bytes. Default 64 MiB.</summary>
    public long WriteBufferSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>Memtable total across all columns; above it the largest memtable is flushed, in bytes. Default 256 MiB.</summary>
    public long TotalWriteBufferSize { get; init; } = 256L * 1024 * 1024;

    /// <summary>Bloom filter bits per key (10 ≈ 1% false positives, so most lookups of absent keys skip the disk). Default 10.</summary>
    public int BloomFilterBitsPerKey { get; init; } = 10;

    /// <summary>Table-file compression. Default <see cref="RocksDbCompression.Lz4"/>.</summary>
    public RocksDbCompression Compression { get; init; } = RocksDbCompression.Lz4;

    /// <summary>Table files RocksDB keeps open (file descriptors); -1 keeps all open. Default 512, as Substrate's kvdb-rocksdb.</summary>
    public int MaxOpenFiles { get; init; } = 512;

    /// <summary>Read and checksum every table file when opening, to find silent corruption before serving reads (slow on a big database). Default false.</summary>
    public bool VerifyChecksumsOnOpen { get; init; }

    /// <summary>Background flush and compaction threads. Default: the processor count.</summary>
    public int BackgroundThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a value RocksDB would reject or misbehave with.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(BlockCacheSize, nameof(BlockCacheSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(WriteBufferSize, 64L * 1024, nameof(WriteBufferSize));
        ArgumentOutOfRangeException.ThrowIfNegative(TotalWriteBufferSize, nameof(TotalWriteBufferSize));
        ArgumentOutOfRangeException.ThrowIfNegative(BloomFilterBitsPerKey, nameof(BloomFilterBitsPerKey));
        ArgumentOutOfRangeException.ThrowIfLessThan(BackgroundThreads, 1, nameof(BackgroundThreads));
        if (MaxOpenFiles is < -1 or 0)
            throw new ArgumentOutOfRangeException(nameof(MaxOpenFiles), MaxOpenFiles, "MaxOpenFiles must be -1 (unlimited) or positive.");
        if (!Enum.IsDefined(Compression))
            throw new ArgumentOutOfRangeException(nameof(Compression), Compression, "Unknown compression.");
    }
}
