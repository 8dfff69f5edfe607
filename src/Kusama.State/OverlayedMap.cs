using Kusama.Scale;

namespace Kusama.State;

/// <summary>
/// The changes to one trie (top or a child) with a value stack per key, one level per open transaction that touched it
/// (sp-state-machine's <c>OverlayedMap</c>): rollback pops exactly the keys the closed layer changed.
/// </summary>
/// <remarks>
/// A value built by <see cref="Append"/> is kept as a growable buffer of its items plus their count, so appending costs
/// the item, not the vector (System.Events grows by an event per call all block long). Layers of one key may share
/// that buffer: each sees only its own length of it, lengths only grow upward, and only the top layer writes, past its
/// end. Reading materializes the exact SCALE bytes.
/// </remarks>
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
            value = entry.Materialize();
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
            value = _entries[candidate].Materialize();
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
                layers[^2] = top with { Depth = depth - 1 };
                layers.RemoveAt(layers.Count - 1);
            }
            else
            {
                layers[^1] = top with { Depth = depth - 1 };
                MarkDirty(key, depth - 1);
            }
        }
        dirty.Clear();
    }

    /// <summary>The current changes in key order; the map is left as it is.</summary>
    public List<KeyValuePair<byte[], byte[]?>> Snapshot()
    {
        var changes = new List<KeyValuePair<byte[], byte[]?>>(_sorted.Count);
        foreach (byte[] key in _sorted) changes.Add(new(key, _entries[key].Materialize()));
        return changes;
    }

    /// <summary>The committed changes in key order; the map is left empty.</summary>
    public List<KeyValuePair<byte[], byte[]?>> Drain()
    {
        var changes = new List<KeyValuePair<byte[], byte[]?>>(_sorted.Count);
        foreach (byte[] key in _sorted) changes.Add(new(key, _entries[key].Materialize()));
        _entries.Clear();
        _sorted.Clear();
        foreach (List<byte[]> dirty in _dirty) dirty.Clear();
        return changes;
    }

    /// <summary>
    /// Appends one SCALE-encoded <paramref name="item"/> to the <c>Vec</c> at <paramref name="key"/> (sp-io
    /// <c>storage::append</c>): only the count changes for the items already there. An absent value, or one not starting
    /// with a compact count, becomes a one-item vector; <paramref name="backend"/> supplies the value below the overlay.
    /// </summary>
    /// <exception cref="InvalidOperationException">The vector already holds <c>u32::MAX</c> items.</exception>
    public void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> item, int depth, IStateReader backend)
    {
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (!lookup.TryGetValue(key, out Entry? entry))
        {
            byte[] owned = key.ToArray();
            entry = new Entry(owned);
            _entries.Add(owned, entry);
            _sorted.Add(owned);
            entry.Layers.Add(Appended(Layer.FromExact(depth, backend.Get(key)), depth, item));
            MarkDirty(owned, depth);
            return;
        }
        Layer top = entry.Top;
        Layer appended = Appended(top, depth, item);
        if (top.Depth == depth)
        {
            entry.Layers[^1] = appended;
            return;
        }
        entry.Layers.Add(appended);
        MarkDirty(entry.Key, depth);
    }

    /// <summary><paramref name="below"/> with <paramref name="item"/> appended, as a layer at <paramref name="depth"/>.</summary>
    private static Layer Appended(in Layer below, int depth, ReadOnlySpan<byte> item)
    {
        byte[] buffer;
        int length;
        uint count;
        if (below.IsAppended)
        {
            buffer = below.Value!;
            length = below.AppendedLength;
            count = below.AppendedCount;
        }
        else
        {
            // An exact value (or none): split off its count once; from here on appends only add to the buffer.
            ReadOnlySpan<byte> items = [];
            count = 0;
            if (below.Value is { } exact && TryReadCount(exact, out uint stored, out int prefix))
            {
                count = stored;
                items = exact.AsSpan(prefix);
            }
            buffer = new byte[Math.Max(256, 2 * (items.Length + item.Length))];
            items.CopyTo(buffer);
            length = items.Length;
        }
        if (count == uint.MaxValue) throw new InvalidOperationException("The stored vector already holds u32::MAX items.");
        if (buffer.Length - length < item.Length)
        {
            // Lower layers keep the old buffer; the grown one belongs to this layer and those it becomes.
            byte[] grown = new byte[Math.Max(2 * buffer.Length, length + item.Length)];
            buffer.AsSpan(0, length).CopyTo(grown);
            buffer = grown;
        }
        item.CopyTo(buffer.AsSpan(length));
        return new Layer(depth, buffer, length + item.Length, count + 1);
    }

    private static bool TryReadCount(byte[] value, out uint count, out int prefix)
    {
        var reader = new ScaleReader(value);
        try
        {
            count = reader.ReadCompactU32();
            prefix = reader.Position;
            return true;
        }
        catch (ScaleDecodeException)
        {
            count = 0;
            prefix = 0;
            return false;
        }
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

    /// <summary>
    /// One transaction's value of a key: the exact bytes (null = deleted), or, when <see cref="AppendedLength"/> is not
    /// negative, the first <see cref="AppendedLength"/> bytes of <see cref="Value"/> holding <see cref="AppendedCount"/> items.
    /// </summary>
    private readonly record struct Layer(int Depth, byte[]? Value, int AppendedLength = -1, uint AppendedCount = 0)
    {
        public bool IsAppended => AppendedLength >= 0;

        public static Layer FromExact(int depth, byte[]? value) => new(depth, value);

        /// <summary>The exact bytes: compact(count) ++ items for an appended value.</summary>
        public byte[]? Exact()
        {
            if (!IsAppended) return Value;
            byte[] exact = new byte[ScaleWriter.CompactSize(AppendedCount) + AppendedLength];
            var writer = new SpanScaleWriter(exact);
            ScaleWriter.WriteCompact(ref writer, AppendedCount);
            writer.Write(Value.AsSpan(0, AppendedLength));
            return exact;
        }
    }

    private sealed class Entry(byte[] key)
    {
        public byte[] Key { get; } = key;

        public List<Layer> Layers { get; } = new(1);

        public Layer Top => Layers[^1];

        /// <summary>The current exact value; an appended top layer is replaced by its exact bytes, so reading twice copies once.</summary>
        public byte[]? Materialize()
        {
            Layer top = Layers[^1];
            if (!top.IsAppended) return top.Value;
            byte[]? exact = top.Exact();
            Layers[^1] = Layer.FromExact(top.Depth, exact);
            return exact;
        }
    }
}
