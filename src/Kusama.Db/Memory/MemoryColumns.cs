using System.Collections.Immutable;

namespace Kusama.Db.Memory;

/// <summary>Reads over one immutable version of every column; the live store and its snapshots share it.</summary>
internal sealed class MemoryColumns
{
    public static readonly MemoryColumns Empty = new(CreateEmpty());

    private readonly ImmutableSortedSet<MemoryEntry>[] _columns;

    public MemoryColumns(ImmutableSortedSet<MemoryEntry>[] columns) => _columns = columns;

    public ImmutableSortedSet<MemoryEntry> this[DbColumn column] => _columns[(int)DbColumns.Check(column)];

    /// <summary>A copy of the per-column sets for building the next version.</summary>
    public ImmutableSortedSet<MemoryEntry>[] ToArray() => (ImmutableSortedSet<MemoryEntry>[])_columns.Clone();

    public MemoryEntry? Find(DbColumn column, ReadOnlySpan<byte> key)
        => this[column].TryGetValue(MemoryEntry.Probe(key), out var entry) ? entry : null;

    public byte[]? Get(DbColumn column, ReadOnlySpan<byte> key) => Find(column, key)?.Value.AsSpan().ToArray();

    public int Get(DbColumn column, ReadOnlySpan<byte> key, Span<byte> destination)
    {
        var entry = Find(column, key);
        if (entry is null)
            return -1;
        if (entry.Value.Length <= destination.Length)
            entry.Value.CopyTo(destination);
        return entry.Value.Length;
    }

    public bool Contains(DbColumn column, ReadOnlySpan<byte> key) => Find(column, key) is not null;

    public IKeyValueIterator Iterate(MemoryKeyValueStore store, DbColumn column, ReadOnlySpan<byte> fromKey, byte[]? toKeyExclusive)
        => new MemoryIterator(store, this[column], fromKey, toKeyExclusive);

    /// <summary>The index of the first entry with a key ≥ <paramref name="key"/> (the set's length when there is none).</summary>
    public static int LowerBound(ImmutableSortedSet<MemoryEntry> set, ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
            return 0;
        int index = set.IndexOf(MemoryEntry.Probe(key));
        return index >= 0 ? index : ~index;
    }

    private static ImmutableSortedSet<MemoryEntry>[] CreateEmpty()
    {
        var columns = new ImmutableSortedSet<MemoryEntry>[DbColumns.Count];
        var empty = ImmutableSortedSet.Create<MemoryEntry>(MemoryEntryComparer.Instance);
        for (int i = 0; i < columns.Length; i++)
            columns[i] = empty;
        return columns;
    }
}
