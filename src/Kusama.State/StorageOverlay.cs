namespace Kusama.State;

/// <summary>
/// The runtime's view of storage while a block executes (sp-state-machine <c>OverlayedChanges</c>): writes of top and
/// child storage sit over a backing state, in nested transactional layers; <see cref="Drain"/> yields the block's change set.
/// Not thread-safe.
/// </summary>
public sealed class StorageOverlay : IStateReader
{
    private readonly IStateReader _backend;
    private readonly OverlayedMap _top = new();
    private readonly Dictionary<byte[], OverlayedMap> _children = new(ByteKeyComparer.Instance);

    /// <summary>An empty overlay reading through to <paramref name="backend"/>.</summary>
    public StorageOverlay(IStateReader backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        _backend = backend;
    }

    /// <summary>Open transactions (0 = none).</summary>
    public int TransactionDepth { get; private set; }

    /// <summary>Counts the overlay's mutations: equal values mean no change in between (lets a computed root be reused).</summary>
    public long Version { get; private set; }

    public byte[]? Get(ReadOnlySpan<byte> key) => _top.TryGet(key, out byte[]? value) ? value : _backend.Get(key);

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) =>
        Child(childKey, create: false) is { } map && map.TryGet(key, out byte[]? value) ? value : _backend.GetChild(childKey, key);

    /// <summary>True when <paramref name="key"/> has a value.</summary>
    public bool Exists(ReadOnlySpan<byte> key) => Get(key) is not null;

    /// <summary>Sets <paramref name="key"/> to a copy of <paramref name="value"/>.</summary>
    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Version++;
        _top.Set(key, value.ToArray(), TransactionDepth);
    }

    /// <summary>Deletes <paramref name="key"/>.</summary>
    public void Delete(ReadOnlySpan<byte> key)
    {
        Version++;
        _top.Set(key, null, TransactionDepth);
    }

    /// <summary>
    /// Appends the SCALE-encoded <paramref name="item"/> to the <c>Vec</c> at <paramref name="key"/> (sp-io
    /// <c>storage::append</c>) in time proportional to the item: an absent or count-less value becomes a one-item vector.
    /// </summary>
    /// <exception cref="InvalidOperationException">The vector already holds <c>u32::MAX</c> items.</exception>
    public void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> item)
    {
        Version++;
        _top.Append(key, item, TransactionDepth, _backend);
    }

    /// <summary>Sets <paramref name="key"/> in child trie <paramref name="childKey"/> to a copy of <paramref name="value"/>.</summary>
    public void SetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Version++;
        Child(childKey, create: true)!.Set(key, value.ToArray(), TransactionDepth);
    }

    /// <summary>Deletes <paramref name="key"/> from child trie <paramref name="childKey"/>.</summary>
    public void DeleteChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key)
    {
        Version++;
        Child(childKey, create: true)!.Set(key, null, TransactionDepth);
    }

    public byte[]? NextKey(ReadOnlySpan<byte> key) => NextKey(_top, null, key);

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) =>
        NextKey(Child(childKey, create: false), childKey.ToArray(), key);

    /// <summary>
    /// Deletes every overlay key under <paramref name="prefix"/> and up to <paramref name="limit"/> backend keys
    /// (all when null), as <c>ext_storage_clear_prefix</c> does; <paramref name="cursor"/> (a previous result's) resumes the backend walk there.
    /// </summary>
    public MultiRemovalResults ClearPrefix(ReadOnlySpan<byte> prefix, uint? limit = null, byte[]? cursor = null) => ClearPrefixIn(_top, null, prefix.ToArray(), limit, cursor);

    /// <summary>Like <see cref="ClearPrefix"/> within child trie <paramref name="childKey"/>.</summary>
    public MultiRemovalResults ClearChildPrefix(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> prefix, uint? limit = null, byte[]? cursor = null) =>
        ClearPrefixIn(Child(childKey, create: true)!, childKey.ToArray(), prefix.ToArray(), limit, cursor);

    /// <summary>Deletes child trie <paramref name="childKey"/> (up to <paramref name="limit"/> backend keys), as <c>ext_default_child_storage_storage_kill</c>.</summary>
    public MultiRemovalResults KillChild(ReadOnlySpan<byte> childKey, uint? limit = null, byte[]? cursor = null) => ClearChildPrefix(childKey, [], limit, cursor);

    /// <summary>Opens a nested transaction layer.</summary>
    public void StartTransaction() => TransactionDepth++;

    /// <summary>Merges the innermost transaction into the one below it.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public void CommitTransaction()
    {
        ThrowIfNoTransaction("commit");
        Version++;
        _top.Commit(TransactionDepth);
        foreach (OverlayedMap child in _children.Values) child.Commit(TransactionDepth);
        TransactionDepth--;
    }

    /// <summary>Discards every change made in the innermost transaction.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public void RollbackTransaction()
    {
        ThrowIfNoTransaction("roll back");
        Version++;
        _top.Rollback(TransactionDepth);
        foreach (OverlayedMap child in _children.Values) child.Rollback(TransactionDepth);
        TransactionDepth--;
    }

    /// <summary>
    /// The changes so far (sorted), leaving the overlay as it is: what <see cref="Drain"/> would yield now. For computing a
    /// storage root mid-execution; the lists are copies, later writes do not show in them.
    /// </summary>
    /// <exception cref="InvalidOperationException">A transaction is still open.</exception>
    public StateChanges Changes()
    {
        if (TransactionDepth != 0)
            throw new InvalidOperationException($"Cannot take the storage overlay's changes with {TransactionDepth} transaction(s) still open.");
        List<KeyValuePair<byte[], byte[]?>> top = _top.Snapshot();
        var children = new List<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>>>(_children.Count);
        foreach (KeyValuePair<byte[], OverlayedMap> child in _children)
        {
            if (child.Value.Count == 0) continue;
            children.Add(new(child.Key, child.Value.Snapshot()));
        }
        ByteKeyComparer.Sort(children);
        return new StateChanges(top, children);
    }

    /// <summary>The block's changes (sorted) for <see cref="StateDb.CommitBlock"/>; the overlay is empty afterwards.</summary>
    /// <exception cref="InvalidOperationException">A transaction is still open.</exception>
    public StateChanges Drain()
    {
        if (TransactionDepth != 0)
            throw new InvalidOperationException($"Cannot drain the storage overlay with {TransactionDepth} transaction(s) still open.");
        Version++;
        List<KeyValuePair<byte[], byte[]?>> top = _top.Drain();
        var children = new List<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>>>(_children.Count);
        foreach (KeyValuePair<byte[], OverlayedMap> child in _children)
        {
            if (child.Value.Count == 0) continue;
            children.Add(new(child.Key, child.Value.Drain()));
        }
        _children.Clear();
        ByteKeyComparer.Sort(children);
        return new StateChanges(top, children);
    }

    private OverlayedMap? Child(ReadOnlySpan<byte> childKey, bool create)
    {
        var lookup = _children.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(childKey, out OverlayedMap? map) || !create) return map;
        map = new OverlayedMap();
        lookup[childKey] = map;
        return map;
    }

    private byte[]? BackendGet(byte[]? childKey, ReadOnlySpan<byte> key) => childKey is null ? _backend.Get(key) : _backend.GetChild(childKey, key);

    private byte[]? BackendNext(byte[]? childKey, ReadOnlySpan<byte> key) => childKey is null ? _backend.NextKey(key) : _backend.NextChildKey(childKey, key);

    private byte[]? NextKey(OverlayedMap? map, byte[]? childKey, ReadOnlySpan<byte> key)
    {
        byte[]? backendNext = BackendNext(childKey, key);
        if (map is null || map.Count == 0) return backendNext;
        byte[] cursor = key.ToArray();
        while (true)
        {
            byte[]? overlayNext = map.NextKey(cursor, out byte[]? value);
            if (overlayNext is null) return backendNext;
            if (backendNext is not null && backendNext.AsSpan().SequenceCompareTo(overlayNext) < 0) return backendNext;
            if (value is not null) return overlayNext;
            // A deleted key hides the backend's copy of it; keep looking past it.
            cursor = overlayNext;
            if (backendNext is not null && backendNext.AsSpan().SequenceEqual(overlayNext)) backendNext = BackendNext(childKey, cursor);
        }
    }

    private MultiRemovalResults ClearPrefixIn(OverlayedMap map, byte[]? childKey, byte[] prefix, uint? limit, byte[]? startAt)
    {
        Version++;
        uint backend = 0, loops = 0;
        byte[]? cursor = null;
        byte[] start = startAt is not null && startAt.AsSpan().SequenceCompareTo(prefix) > 0 ? startAt : prefix;
        byte[]? key = BackendGet(childKey, start) is not null ? start : BackendNext(childKey, start);
        while (key is not null && key.AsSpan().StartsWith(prefix))
        {
            if (limit is { } max && loops == max)
            {
                cursor = key;
                break;
            }
            if (!map.TryGet(key, out byte[]? current) || current is not null)
            {
                map.Set(key, null, TransactionDepth);
                backend++;
            }
            loops++;
            key = BackendNext(childKey, key);
        }
        uint overlayOnly = (uint)map.DeletePrefix(prefix, TransactionDepth);
        return new MultiRemovalResults(cursor, backend, backend + overlayOnly, loops);
    }

    private void ThrowIfNoTransaction(string action)
    {
        if (TransactionDepth == 0) throw new InvalidOperationException($"Cannot {action} a storage transaction: none is open.");
    }
}
