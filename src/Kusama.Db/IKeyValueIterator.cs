namespace Kusama.Db;

/// <summary>A forward cursor over one column's entries in ascending bytewise key order, read from a consistent view.</summary>
/// <remarks>
/// Call <see cref="MoveNext"/> before reading the first entry. <see cref="Key"/> and <see cref="Value"/> are valid until the
/// next <see cref="MoveNext"/> or <see cref="IDisposable.Dispose"/>; copy them to keep them. An iterator is used by one thread.
/// </remarks>
public interface IKeyValueIterator : IDisposable
{
    /// <summary>Advances to the next entry; false when the range is exhausted.</summary>
    bool MoveNext();

    /// <summary>The current entry's key; throws <see cref="InvalidOperationException"/> when not on an entry.</summary>
    ReadOnlySpan<byte> Key { get; }

    /// <summary>The current entry's value; throws <see cref="InvalidOperationException"/> when not on an entry.</summary>
    ReadOnlySpan<byte> Value { get; }
}
