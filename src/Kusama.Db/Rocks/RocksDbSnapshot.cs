using System.Diagnostics.CodeAnalysis;
using RocksDbSharp;

namespace Kusama.Db.Rocks;

/// <summary>A read-only view of a <see cref="RocksDbStore"/> pinned to a RocksDB snapshot (a sequence number).</summary>
internal sealed class RocksDbSnapshot : IReadOnlyKeyValueStore, IRocksDbResource
{
    private readonly RocksDbStore _store;
    private readonly RocksDbSharp.Snapshot _snapshot;
    private readonly ReadOptions _readOptions;
    private int _released;

    public RocksDbSnapshot(RocksDbStore store, RocksDbSharp.Snapshot snapshot)
    {
        _store = store;
        _snapshot = snapshot;
        _readOptions = new ReadOptions().SetSnapshot(snapshot);
    }

    public byte[]? Get(DbColumn column, ReadOnlySpan<byte> key) => _store.Get(column, key, Options);

    public int Get(DbColumn column, ReadOnlySpan<byte> key, Span<byte> destination) => _store.Get(column, key, destination, Options);

    public bool TryGet(DbColumn column, ReadOnlySpan<byte> key, [NotNullWhen(true)] out byte[]? value)
        => (value = _store.Get(column, key, Options)) is not null;

    public bool Contains(DbColumn column, ReadOnlySpan<byte> key) => _store.Contains(column, key, Options);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey = default)
        => _store.CreateIterator(column, fromKey, null, Pinned);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive)
        => _store.CreateIterator(column, fromKey, toKeyExclusive.ToArray(), Pinned);

    public IKeyValueIterator IteratePrefix(DbColumn column, ReadOnlySpan<byte> prefix)
        => _store.CreateIterator(column, prefix, KeyBounds.PrefixEnd(prefix), Pinned);

    public void Dispose()
    {
        if (!_store.TryEnter())
            return; // the store closed and released this snapshot already
        try
        {
            Release();
            _store.Untrack(this);
        }
        finally
        {
            _store.Exit();
        }
    }

    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
            _snapshot.Dispose();
    }

    // Checked before the store's guard is entered; a snapshot disposed concurrently with a read on it is the caller's race,
    // but a read after Dispose on the same thread is caught here.
    private ReadOptions Options
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _released) != 0, this);
            return _readOptions;
        }
    }

    private RocksDbSharp.Snapshot Pinned
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _released) != 0, this);
            return _snapshot;
        }
    }
}
