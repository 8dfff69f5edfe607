using System.Diagnostics.CodeAnalysis;

namespace Kusama.Db;

/// <summary>Reads from a column-keyed store: the live database, or a <see cref="IKeyValueStore.Snapshot"/> of it.</summary>
/// <remarks>
/// Keys and values are arbitrary byte strings (an empty key is allowed); columns are ordered bytewise (memcmp, shorter
/// prefix first), the same order RocksDB's default comparator uses. All members are safe to call from several threads.
/// Storage failures (corruption, I/O errors) throw <see cref="DatabaseException"/>; use after dispose throws
/// <see cref="ObjectDisposedException"/>; an undeclared column throws <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public interface IReadOnlyKeyValueStore : IDisposable
{
    /// <summary>The value stored under <paramref name="key"/> in a new array, or null when there is none.</summary>
    byte[]? Get(DbColumn column, ReadOnlySpan<byte> key);

    /// <summary>Copies the value under <paramref name="key"/> into <paramref name="destination"/> without allocating.</summary>
    /// <returns>
    /// -1 when the key is absent; otherwise the value's full length. When that length exceeds
    /// <c>destination.Length</c> nothing is copied, so the caller can retry with a buffer of the returned size.
    /// </returns>
    int Get(DbColumn column, ReadOnlySpan<byte> key, Span<byte> destination);

    /// <summary>Gets the value under <paramref name="key"/> in a new array; false when there is none.</summary>
    bool TryGet(DbColumn column, ReadOnlySpan<byte> key, [NotNullWhen(true)] out byte[]? value);

    /// <summary>True when <paramref name="key"/> has a value in <paramref name="column"/>.</summary>
    bool Contains(DbColumn column, ReadOnlySpan<byte> key);

    /// <summary>Iterates the entries whose key is ≥ <paramref name="fromKey"/> (empty: from the first key) to the column's end.</summary>
    IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey = default);

    /// <summary>Iterates the entries with <paramref name="fromKey"/> ≤ key &lt; <paramref name="toKeyExclusive"/>.</summary>
    IKeyValueIterator Iterate(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive);

    /// <summary>Iterates the entries whose key starts with <paramref name="prefix"/> (empty: the whole column).</summary>
    IKeyValueIterator IteratePrefix(DbColumn column, ReadOnlySpan<byte> prefix);
}
