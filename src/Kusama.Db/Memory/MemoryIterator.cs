using System.Collections.Immutable;

namespace Kusama.Db.Memory;

/// <summary>Walks one column of an immutable <see cref="MemoryColumns"/> version between two key bounds.</summary>
internal sealed class MemoryIterator : IKeyValueIterator
{
    private readonly MemoryKeyValueStore _store;
    private readonly ImmutableSortedSet<MemoryEntry> _set;
    private readonly byte[]? _toKeyExclusive;
    private int _index;
    private MemoryEntry? _current;
    private bool _disposed;

    public MemoryIterator(MemoryKeyValueStore store, ImmutableSortedSet<MemoryEntry> set, ReadOnlySpan<byte> fromKey, byte[]? toKeyExclusive)
    {
        _store = store;
        _set = set;
        _toKeyExclusive = toKeyExclusive;
        _index = MemoryColumns.LowerBound(set, fromKey) - 1;
    }

    public ReadOnlySpan<byte> Key => Current.Key;

    public ReadOnlySpan<byte> Value => Current.Value;

    private MemoryEntry Current
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _current ?? throw new InvalidOperationException("The iterator is not on an entry: call MoveNext first and stop when it returns false.");
        }
    }

    public bool MoveNext()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _store.ThrowIfDisposed();
        _current = null;
        if (_index >= _set.Count)
            return false;
        _index++;
        if (_index >= _set.Count)
            return false;
        var entry = _set[_index];
        if (_toKeyExclusive is not null && entry.Key.AsSpan().SequenceCompareTo(_toKeyExclusive) >= 0)
        {
            _index = _set.Count;
            return false;
        }
        _current = entry;
        return true;
    }

    public void Dispose()
    {
        _disposed = true;
        _current = null;
    }
}
