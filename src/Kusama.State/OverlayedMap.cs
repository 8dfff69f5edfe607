namespace Kusama.State;

/// <summary>
/// The changes to one trie (top or a child) with a value stack per key, one level per open transaction that touched it
/// (sp-state-machine's <c>OverlayedMap</c>): rollback pops exactly the keys the closed layer changed.
/// </summary>
internal sealed class OverlayedMap
{
    private readonly Dictionary<byte[], Entry> _entries = new(ByteKeyComparer.Instance);
    private readonly SortedSet<byte[]> _sorted = new(ByteKeyComparer.Instance);
    private readonly List<List<byte[]>> _dirty = [];

    public int Count => _entries.Count;

    /// <summary>True when the key has an overlay entry; <paramref name="value"/> is then its current value (null = deleted).</summary>
    public bool TryGet(ReadOnlySpan<byte> key, out byte[]? value)
    {
        if (_entries.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(key, out Entry? entry))
        {
            value = entry.Top.Value;
            return true;
        }
        value = null;
        return false;
    }

    public void Set(ReadOnlySpan<byte> key, byte[]? value, int depth)
    {
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(key, out Entry? entry))
        {
            Set(entry, value, depth);
            return;
        }
        byte[] owned = key.ToArray();
        entry = new Entry(owned);
        _entries.Add(owned, entry);
        _sorted.Add(owned);
        entry.Layers.Add(new Layer(depth, value));
        MarkDirty(owned, depth);
    }

    /// <summary>The overlay's keys strictly after <paramref name="key"/>, in order, with their current values.</summary>
    public SortedSet<byte[]> After(byte[] key) => _sorted.GetViewBetween(key, ByteKeyComparer.AfterAll);

    /// <summary>The first overlay key strictly after <paramref name="key"/> (deleted ones included), or null.</summary>
    public byte[]? NextKey(byte[] key, out byte[]? value)
    {
        foreach (byte[] candidate in After(key))
        {
            if (candidate.AsSpan().SequenceEqual(key)) continue;
            value = _entries[candidate].Top.Value;
            return candidate;
        }
        value = null;
        return null;
    }

    /// <summary>Marks every overlay key starting with <paramref name="prefix"/> deleted; returns how many had a value.</summary>
    public int DeletePrefix(byte[] prefix, int depth)
    {
        int deleted = 0;
        foreach (byte[] key in After(prefix))
        {
            if (!key.AsSpan().StartsWith(prefix)) break;
            Entry entry = _entries[key];
            if (entry.Top.Value is null) continue;
            deleted++;
            Set(entry, null, depth);
        }
        return deleted;
    }

    public void Rollback(int depth)
    {
        if (depth >= _dirty.Count) return;
        List<byte[]> dirty = _dirty[depth];
        foreach (byte[] key in dirty)
        {
            Entry entry = _entries[key];
            entry.Layers.RemoveAt(entry.Layers.Count - 1);
            if (entry.Layers.Count > 0) continue;
            _entries.Remove(key);
            _sorted.Remove(key);
        }
        dirty.Clear();
    }

    public void Commit(int depth)
    {
        if (depth >= _dirty.Count) return;
        List<byte[]> dirty = _dirty[depth];
        foreach (byte[] key in dirty)
        {
            List<Layer> layers = _entries[key].Layers;
            Layer top = layers[^1];
            if (layers.Count >= 2 && layers[^2].Depth == depth - 1)
            {
                layers[^2] = new Layer(depth - 1, top.Value);
                layers.RemoveAt(layers.Count - 1);
            }
            else
            {
                layers[^1] = new Layer(depth - 1, top.Value);
                MarkDirty(key, depth - 1);
            }
        }
        dirty.Clear();
    }

    /// <summary>The committed changes in key order; the map is left empty.</summary>
    public List<KeyValuePair<byte[], byte[]?>> Drain()
    {
        var changes = new List<KeyValuePair<byte[], byte[]?>>(_sorted.Count);
        foreach (byte[] key in _sorted) changes.Add(new(key, _entries[key].Top.Value));
        _entries.Clear();
        _sorted.Clear();
        foreach (List<byte[]> dirty in _dirty) dirty.Clear();
        return changes;
    }

    private void Set(Entry entry, byte[]? value, int depth)
    {
        Layer top = entry.Top;
        if (top.Depth == depth)
        {
            entry.Layers[^1] = new Layer(depth, value);
            return;
        }
        entry.Layers.Add(new Layer(depth, value));
        MarkDirty(entry.Key, depth);
    }

    private void MarkDirty(byte[] key, int depth)
    {
        // Depth 0 is the block's own changes: nothing below it to roll back to.
        if (depth == 0) return;
        while (_dirty.Count <= depth) _dirty.Add([]);
        _dirty[depth].Add(key);
    }

    private readonly record struct Layer(int Depth, byte[]? Value);

    private sealed class Entry(byte[] key)
    {
        public byte[] Key { get; } = key;

        public List<Layer> Layers { get; } = new(1);

        public Layer Top => Layers[^1];
    }
}
