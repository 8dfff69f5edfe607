using System.Collections.Immutable;

namespace Kusama.Db.Memory;

/// <summary>An in-memory <see cref="IKeyValueStore"/> with RocksDB's semantics (bytewise order, atomic batches, snapshots), for tests.</summary>
/// <remarks>
/// Each column is an immutable sorted set; a batch builds the next version of every column it touches and publishes all
/// of them with one reference swap, so readers see a batch entirely or not at all and a snapshot is just the version it
/// captured. Reads cost O(log n); a write costs O(log n) per operation. Nothing is persisted.
/// </remarks>
public sealed class MemoryKeyValueStore : MemoryReader, IKeyValueStore
{
    private readonly Lock _writeLock = new();
    private MemoryColumns _current = MemoryColumns.Empty;
    private volatile bool _disposed;

    public MemoryKeyValueStore()
    {
        Put(DbColumn.Meta, DbSchema.VersionKey, DbSchema.EncodeVersion(DbSchema.CurrentVersion));
    }

    public WriteBatch CreateWriteBatch()
    {
        ThrowIfDisposed();
        return new MemoryWriteBatch(this);
    }

    public void Write(WriteBatch batch, bool sync = false)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Owner != this || batch is not MemoryWriteBatch memoryBatch)
            throw new ArgumentException("The write batch was created by a different store; create it with this store's CreateWriteBatch.", nameof(batch));
        var operations = memoryBatch.Operations;
        lock (_writeLock)
        {
            ThrowIfDisposed();
            var columns = _current.ToArray();
            var builders = new ImmutableSortedSet<MemoryEntry>.Builder?[DbColumns.Count];
            for (int i = 0; i < operations.Count; i++)
            {
                var operation = operations[i];
                int c = (int)operation.Column;
                var builder = builders[c] ??= columns[c].ToBuilder();
                switch (operation.Kind)
                {
                    case MemoryOperationKind.Put:
                        var entry = new MemoryEntry(operation.Key, operation.Value);
                        builder.Remove(entry);
                        builder.Add(entry);
                        break;
                    case MemoryOperationKind.Delete:
                        builder.Remove(new MemoryEntry(operation.Key, []));
                        break;
                    case MemoryOperationKind.DeleteRange:
                        DeleteRange(builder, operation.Key, operation.Value);
                        break;
                }
            }
            for (int c = 0; c < builders.Length; c++)
            {
                if (builders[c] is { } builder)
                    columns[c] = builder.ToImmutable();
            }
            Volatile.Write(ref _current, new MemoryColumns(columns));
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

    public IReadOnlyKeyValueStore Snapshot() => new MemorySnapshot(this, View);

    public void Flush() => ThrowIfDisposed();

    public override void Dispose()
    {
        lock (_writeLock)
        {
            _disposed = true;
            _current = MemoryColumns.Empty;
        }
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private protected override MemoryKeyValueStore Owner => this;

    private protected override MemoryColumns View
    {
        get
        {
            ThrowIfDisposed();
            return Volatile.Read(ref _current);
        }
    }

    private static void DeleteRange(ImmutableSortedSet<MemoryEntry>.Builder builder, byte[] fromKey, byte[] toKeyExclusive)
    {
        // ToImmutable is O(1) and gives an indexable view; collect first because the builder cannot change mid-walk.
        var view = builder.ToImmutable();
        var doomed = new List<MemoryEntry>();
        for (int i = MemoryColumns.LowerBound(view, fromKey); i < view.Count; i++)
        {
            var entry = view[i];
            if (entry.Key.AsSpan().SequenceCompareTo(toKeyExclusive) >= 0)
                break;
            doomed.Add(entry);
        }
        foreach (var entry in doomed)
            builder.Remove(entry);
    }
}
