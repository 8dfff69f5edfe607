using System.Diagnostics.CodeAnalysis;

namespace Kusama.Db.Memory;

/// <summary>The reads of the in-memory store, shared by the live store and its snapshots: each serves them from one column version.</summary>
public abstract class MemoryReader : IReadOnlyKeyValueStore
{
    private protected MemoryReader()
    {
    }

    /// <summary>The store whose disposal ends iterators created here.</summary>
    private protected abstract MemoryKeyValueStore Owner { get; }

    /// <summary>The column version reads see; throws once disposed.</summary>
    private protected abstract MemoryColumns View { get; }

    public byte[]? Get(DbColumn column, ReadOnlySpan<byte> key) => View.Get(column, key);

    public int Get(DbColumn column, ReadOnlySpan<byte> key, Span<byte> destination) => View.Get(column, key, destination);

    public bool TryGet(DbColumn column, ReadOnlySpan<byte> key, [NotNullWhen(true)] out byte[]? value)
        => (value = View.Get(column, key)) is not null;

    public bool Contains(DbColumn column, ReadOnlySpan<byte> key) => View.Contains(column, key);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey = default)
        => View.Iterate(Owner, column, fromKey, null);

    public IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive)
        => View.Iterate(Owner, column, fromKey, toKeyExclusive.ToArray());

    public IKeyValueIterator IteratePrefix(DbColumn column, ReadOnlySpan<byte> prefix)
        => View.Iterate(Owner, column, prefix, KeyBounds.PrefixEnd(prefix));

    public abstract void Dispose();
}
