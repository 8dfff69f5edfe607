using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using RocksDbSharp;

namespace Kusama.Db.Rocks;

/// <summary>The node database on RocksDB: one column family per <see cref="DbColumn"/>, write-ahead log on.</summary>
/// <remarks>
/// Table files use a shared LRU block cache and a full bloom filter per file (see <see cref="RocksDbOptions"/>).
/// Every call into librocksdb runs inside an operation guard, so <see cref="Dispose"/> waits for calls in flight and
/// then closes open iterators and snapshots before the database itself: a late call gets
/// <see cref="ObjectDisposedException"/> instead of touching freed native memory. Native errors surface as
/// <see cref="DatabaseException"/> naming the path and what the operator can do.
/// </remarks>
public sealed class RocksDbStore : IKeyValueStore
{
    private const string CurrentFileName = "CURRENT";

    private readonly RocksDb _db;
    private readonly ColumnFamilyHandle[] _columns;
    private readonly ReadOptions _readOptions = new();
    private readonly WriteOptions _writeOptions = new WriteOptions().SetSync(false);
    private readonly WriteOptions _syncWriteOptions = new WriteOptions().SetSync(true);
    private readonly Lock _resourceLock = new();
    private readonly HashSet<IRocksDbResource> _resources = [];
    private int _operations;
    private int _disposed;

    private RocksDbStore(RocksDb db, string path)
    {
        _db = db;
        Path = path;
        _columns = new ColumnFamilyHandle[DbColumns.Count];
        foreach (var column in DbColumns.All)
            _columns[(int)column] = db.GetColumnFamily(DbColumns.Name(column));
    }

    /// <summary>The database directory (absolute).</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the Kusama.NET database in <paramref name="path"/>, creating it (and any missing column) when the directory
    /// is missing or empty and <see cref="RocksDbOptions.CreateIfMissing"/> is set.
    /// </summary>
    /// <exception cref="DatabaseException">
    /// The directory holds something other than a Kusama.NET database, a database of another schema version, a damaged
    /// database, or one that another process has open.
    /// </exception>
    public static RocksDbStore Open(string path, RocksDbOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= RocksDbOptions.Default;
        options.Validate();
        path = System.IO.Path.GetFullPath(path);

        bool create = !Directory.Exists(path) || !Directory.EnumerateFileSystemEntries(path).Any();
        if (create && !options.CreateIfMissing)
            throw new DatabaseException($"There is no database at {path}. Check the base path, or allow the node to create one.", path);
        if (!create && !File.Exists(System.IO.Path.Combine(path, CurrentFileName)))
            throw NotKusamaDatabase(path, "the directory has files but no RocksDB CURRENT file");

        var dbOptions = CreateDbOptions(options);
        var columnOptions = CreateColumnOptions(options);
        var families = new ColumnFamilies(columnOptions);
        foreach (var column in DbColumns.All)
            families.Add(DbColumns.Name(column), columnOptions);

        if (!create)
        {
            string[] existing;
            try
            {
                existing = RocksDb.ListColumnFamilies(dbOptions, path).ToArray();
            }
            catch (RocksDbSharpException e)
            {
                throw OpenFailed(path, e);
            }
            // A truncated MANIFEST can make RocksDB open silently with only the default column; refusing here keeps
            // that from looking like an empty database.
            if (Array.IndexOf(existing, DbColumns.Name(DbColumn.Meta)) < 0)
                throw NotKusamaDatabase(path, $"it has no {DbColumns.Name(DbColumn.Meta)} (Meta) column family; its MANIFEST may be damaged");
            // RocksDB refuses to open unless every column family on disk is named, so unknown ones are opened and left alone.
            foreach (var name in existing)
            {
                if (name != ColumnFamilies.DefaultName && !IsKnownColumn(name))
                    families.Add(name, columnOptions);
            }
        }

        RocksDb db;
        try
        {
            Directory.CreateDirectory(path);
            db = RocksDb.Open(dbOptions, path, families);
        }
        catch (RocksDbSharpException e)
        {
            throw OpenFailed(path, e);
        }

        var store = new RocksDbStore(db, path);
        try
        {
            if (create)
            {
                // Synced so that a database directory never exists without its schema version.
                using var batch = store.CreateWriteBatch();
                batch.Put(DbColumn.Meta, DbSchema.VersionKey, DbSchema.EncodeVersion(DbSchema.CurrentVersion));
                store.Write(batch, sync: true);
            }
            else
            {
                store.CheckSchema();
            }
            if (options.VerifyChecksumsOnOpen)
                store.VerifyChecksums();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public byte[]? Get(DbColumn column, ReadOnlySpan<byte> key) => Get(column, key, _readOptions);

    public int Get(DbColumn column, ReadOnlySpan<byte> key, Span<byte> destination) => Get(column, key, destination, _readOptions);

    public bool TryGet(DbColumn column, ReadOnlySpan<byte> key, [NotNullWhen(true)] out byte[]? value)
        => (value = Get(column, key, _readOptions)) is not null;

    public bool Contains(DbColumn column, ReadOnlySpan<byte> key) => Contains(column, key, _readOptions);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey = default)
        => CreateIterator(column, fromKey, null, null);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive)
        => CreateIterator(column, fromKey, toKeyExclusive.ToArray(), null);

    public IKeyValueIterator IteratePrefix(DbColumn column, ReadOnlySpan<byte> prefix)
        => CreateIterator(column, prefix, KeyBounds.PrefixEnd(prefix), null);

    public WriteBatch CreateWriteBatch()
    {
        Enter();
        try
        {
            return new RocksDbWriteBatch(this);
        }
        finally
        {
            Exit();
        }
    }

    public void Write(WriteBatch batch, bool sync = false)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Owner != this || batch is not RocksDbWriteBatch rocksBatch)
            throw new ArgumentException("The write batch was created by a different store; create it with this store's CreateWriteBatch.", nameof(batch));
        Enter();
        try
        {
            _db.Write(rocksBatch.NativeBatch, sync ? _syncWriteOptions : _writeOptions);
        }
        catch (RocksDbSharpException e)
        {
            throw Failed("Writing a batch to", e.Message, e);
        }
        finally
        {
            Exit();
        }
    }

    public void Put(DbColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        using var batch = CreateWriteBatch();
        batch.Put(column, key, value);
        Write(batch);
    }

    public void Delete(DbColumn column, ReadOnlySpan<byte> key)
    {
        using var batch = CreateWriteBatch();
        batch.Delete(column, key);
        Write(batch);
    }

    public IReadOnlyKeyValueStore Snapshot()
    {
        Enter();
        try
        {
            var snapshot = new RocksDbSnapshot(this, _db.CreateSnapshot());
            Track(snapshot);
            return snapshot;
        }
        finally
        {
            Exit();
        }
    }

    public void Flush()
    {
        Enter();
        try
        {
            var handles = new IntPtr[_columns.Length];
            for (int i = 0; i < handles.Length; i++)
                handles[i] = _columns[i].Handle;
            var flushOptions = new FlushOptions().SetWaitForFlush(true);
            Native.Instance.rocksdb_flush_cfs(_db.Handle, flushOptions.Handle, handles, handles.Length, out IntPtr error);
            GC.KeepAlive(flushOptions);
            ThrowIfError(error, "Flushing");
        }
        finally
        {
            Exit();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        // Calls already inside the guard finish first; new ones see _disposed and throw.
        var spin = new SpinWait();
        while (Volatile.Read(ref _operations) != 0)
            spin.SpinOnce();
        IRocksDbResource[] open;
        lock (_resourceLock)
        {
            open = [.. _resources];
            _resources.Clear();
        }
        foreach (var resource in open)
            resource.Release();
        _db.Dispose();
    }

    /// <summary>Enters the operation guard; every native call happens between this and <see cref="Exit"/>.</summary>
    internal void Enter()
    {
        Interlocked.Increment(ref _operations);
        if (Volatile.Read(ref _disposed) != 0)
        {
            Interlocked.Decrement(ref _operations);
            throw new ObjectDisposedException(nameof(RocksDbStore), $"The database at {Path} is closed.");
        }
    }

    /// <summary>Like <see cref="Enter"/>, but returns false instead of throwing once the store is disposed.</summary>
    internal bool TryEnter()
    {
        Interlocked.Increment(ref _operations);
        if (Volatile.Read(ref _disposed) == 0)
            return true;
        Interlocked.Decrement(ref _operations);
        return false;
    }

    internal void Exit() => Interlocked.Decrement(ref _operations);

    internal ColumnFamilyHandle Column(DbColumn column) => _columns[(int)DbColumns.Check(column)];

    internal void Track(IRocksDbResource resource)
    {
        lock (_resourceLock)
            _resources.Add(resource);
    }

    internal void Untrack(IRocksDbResource resource)
    {
        lock (_resourceLock)
            _resources.Remove(resource);
    }

    internal unsafe byte[]? Get(DbColumn column, ReadOnlySpan<byte> key, ReadOptions readOptions)
    {
        Enter();
        try
        {
            IntPtr slice = GetPinned(column, key, readOptions);
            if (slice == IntPtr.Zero)
                return null;
            try
            {
                byte* value = (byte*)Native.Instance.rocksdb_pinnableslice_value(slice, out UIntPtr length);
                return new ReadOnlySpan<byte>(value, checked((int)length)).ToArray();
            }
            finally
            {
                Native.Instance.rocksdb_pinnableslice_destroy(slice);
            }
        }
        finally
        {
            Exit();
        }
    }

    internal unsafe int Get(DbColumn column, ReadOnlySpan<byte> key, Span<byte> destination, ReadOptions readOptions)
    {
        Enter();
        try
        {
            IntPtr slice = GetPinned(column, key, readOptions);
            if (slice == IntPtr.Zero)
                return -1;
            try
            {
                byte* value = (byte*)Native.Instance.rocksdb_pinnableslice_value(slice, out UIntPtr length);
                int valueLength = checked((int)length);
                if (valueLength <= destination.Length)
                    new ReadOnlySpan<byte>(value, valueLength).CopyTo(destination);
                return valueLength;
            }
            finally
            {
                Native.Instance.rocksdb_pinnableslice_destroy(slice);
            }
        }
        finally
        {
            Exit();
        }
    }

    internal bool Contains(DbColumn column, ReadOnlySpan<byte> key, ReadOptions readOptions)
    {
        Enter();
        try
        {
            IntPtr slice = GetPinned(column, key, readOptions);
            if (slice == IntPtr.Zero)
                return false;
            Native.Instance.rocksdb_pinnableslice_destroy(slice);
            return true;
        }
        finally
        {
            Exit();
        }
    }

    internal IKeyValueIterator CreateIterator(DbColumn column, ReadOnlySpan<byte> fromKey, byte[]? toKeyExclusive, RocksDbSharp.Snapshot? snapshot)
    {
        var handle = Column(column);
        Enter();
        try
        {
            // Each iterator owns its read options: RocksDB reads the upper bound through them for the iterator's lifetime.
            var readOptions = new ReadOptions();
            if (snapshot is not null)
                readOptions.SetSnapshot(snapshot);
            if (toKeyExclusive is not null)
                readOptions.SetIterateUpperBound(toKeyExclusive);
            var iterator = new RocksDbIterator(this, _db.NewIterator(handle, readOptions), fromKey, toKeyExclusive);
            Track(iterator);
            return iterator;
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Throws a <see cref="DatabaseException"/> for a native error string (freeing it) when there is one.</summary>
    internal void ThrowIfError(IntPtr error, string action)
    {
        if (error == IntPtr.Zero)
            return;
        string message = Marshal.PtrToStringUTF8(error) ?? "unknown error";
        Native.Instance.rocksdb_free(error);
        throw Failed(action, message, null);
    }

    internal DatabaseException Failed(string action, string message, Exception? inner)
    {
        string advice = message.Contains("Corruption", StringComparison.OrdinalIgnoreCase)
            ? "The database is damaged: stop the node and run `kusama purge-chain` (or restore a backup), then sync again."
            : "Check free disk space and file permissions.";
        return new DatabaseException($"{action} the database at {Path} failed: {message}. {advice}", Path, inner);
    }

    private unsafe IntPtr GetPinned(DbColumn column, ReadOnlySpan<byte> key, ReadOptions readOptions)
    {
        var handle = Column(column);
        IntPtr slice;
        IntPtr error;
        fixed (byte* keyPointer = key)
            slice = Native.Instance.rocksdb_get_pinned_cf(_db.Handle, readOptions.Handle, handle.Handle, keyPointer, (UIntPtr)key.Length, out error);
        // The message is built only on failure: this is the hot read path.
        if (error != IntPtr.Zero)
            ThrowIfError(error, $"Reading column {column} of");
        return slice;
    }

    private void CheckSchema()
    {
        byte[]? stored = Get(DbColumn.Meta, DbSchema.VersionKey);
        if (stored is null)
            throw NotKusamaDatabase(Path, "its Meta column has no SchemaVersion entry");
        if (!DbSchema.TryDecodeVersion(stored, out uint version))
            throw new DatabaseException(
                $"The database at {Path} is damaged: its schema version entry is {stored.Length} bytes instead of 4. " +
                "Stop the node and run `kusama purge-chain` (or restore a backup), then sync again.", Path);
        if (version != DbSchema.CurrentVersion)
            throw new DatabaseException(
                $"The database at {Path} has schema version {version}, but this build of Kusama.NET reads version {DbSchema.CurrentVersion}. " +
                $"Run `kusama purge-chain` to delete it and sync again, or use a Kusama.NET build for schema version {version}.", Path);
    }

    private void VerifyChecksums()
    {
        Enter();
        try
        {
            Native.Instance.rocksdb_verify_checksum(_db.Handle, out IntPtr error);
            ThrowIfError(error, "Verifying the checksums of");
        }
        finally
        {
            Exit();
        }
    }

    private static DbOptions CreateDbOptions(RocksDbOptions options)
    {
        var dbOptions = new DbOptions()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .SetParanoidChecks(true)
            .SetMaxOpenFiles(options.MaxOpenFiles)
            .IncreaseParallelism(options.BackgroundThreads)
            .SetDbWriteBufferSize((ulong)options.TotalWriteBufferSize)
            // RocksDB's info LOG rolls at 16 MiB and keeps 4 files, so a long-running node does not fill the disk with it.
            .SetMaxLogFileSize(16UL * 1024 * 1024)
            .SetKeepLogFileNum(4)
            // Stop at a damaged WAL record rather than skipping it: the database then ends at the last whole batch (block).
            .SetWalRecoveryMode(Recovery.PointInTime);
        return dbOptions;
    }

    private static ColumnFamilyOptions CreateColumnOptions(RocksDbOptions options)
    {
        // Index and filter blocks live in the block cache, so BlockCacheSize bounds table memory (kvdb-rocksdb does the same);
        // level-0 ones stay pinned because every lookup consults them.
        var table = new BlockBasedTableOptions()
            .SetBlockCache(Cache.CreateLru((ulong)options.BlockCacheSize))
            .SetCacheIndexAndFilterBlocks(true)
            .SetPinL0FilterAndIndexBlocksInCache(true);
        if (options.BloomFilterBitsPerKey > 0)
            table.SetFilterPolicy(BloomFilterPolicy.Create(options.BloomFilterBitsPerKey, false));
        return new ColumnFamilyOptions()
            .SetBlockBasedTableFactory(table)
            .SetWriteBufferSize((ulong)options.WriteBufferSize)
            .SetCompression(options.Compression == RocksDbCompression.Lz4 ? Compression.Lz4 : Compression.No);
    }

    private static bool IsKnownColumn(string name)
    {
        foreach (var column in DbColumns.All)
        {
            if (name == DbColumns.Name(column))
                return true;
        }
        return false;
    }

    private static DatabaseException NotKusamaDatabase(string path, string reason) => new(
        $"{path} is not a Kusama.NET database ({reason}). Nothing was changed. Point the base path at an empty directory " +
        "or an existing Kusama.NET database; if it is a damaged Kusama.NET database, run `kusama purge-chain` and sync again.", path);

    private static DatabaseException OpenFailed(string path, RocksDbSharpException e)
    {
        string message = e.Message;
        if (message.Contains("lock", StringComparison.OrdinalIgnoreCase) && message.Contains("LOCK", StringComparison.Ordinal))
            return new DatabaseException($"The database at {path} is in use by another process (its LOCK file is held): {message}. Stop the other node first.", path, e);
        if (message.Contains("Corruption", StringComparison.OrdinalIgnoreCase) || message.Contains("checksum", StringComparison.OrdinalIgnoreCase))
            return new DatabaseException(
                $"The database at {path} is damaged and cannot be opened: {message}. Stop the node and run `kusama purge-chain` " +
                "(or restore a backup), then sync again.", path, e);
        return new DatabaseException($"The database at {path} could not be opened: {message}. Check the path, free disk space and file permissions.", path, e);
    }
}
