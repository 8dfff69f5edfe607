using System.Diagnostics.CodeAnalysis;

namespace Kusama.Db.Memory;

/// <summary>A frozen view of a <see cref="MemoryKeyValueStore"/>: the immutable column version current when it was taken.</summary>
internal sealed class MemorySnapshot(MemoryKeyValueStore store, MemoryColumns columns) : IReadOnlyKeyValueStore
{
    private bool _disposed;

    public byte[]? Get(DbColumn column, ReadOnlySpan<byte> key) => View.Get(column, key);

    public int Get(DbColumn column, ReadOnlySpan<byte> key, Span<byte> destination) => View.Get(column, key, destination);

    public bool TryGet(DbColumn column, ReadOnlySpan<byte> key, [NotNullWhen(true)] out byte[]? value)
        => (value = View.Get(column, key)) is not null;

    public bool Contains(DbColumn column, ReadOnlySpan<byte> key) => View.Contains(column, key);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey = default)
        => View.Iterate(store, column, fromKey, null);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive)
        => View.Iterate(store, column, fromKey, toKeyExclusive.ToArray());

    public IKeyValueIterator IteratePrefix(DbColumn column, ReadOnlySpan<byte> prefix)
        => View.Iterate(store, column, prefix, KeyBounds.PrefixEnd(prefix));

    public void Dispose() => _disposed = true;

    private MemoryColumns View
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            store.ThrowIfDisposed();
            return columns;
        }
    }
}
