namespace Kusama.Scale.Codecs;

/// <summary>
/// <c>BTreeMap&lt;K, V&gt;</c>: compact length then (key, value) pairs in key order. Like Rust, decoding accepts any
/// order and a later duplicate key replaces an earlier one; the map is built with <see cref="ScaleKeyComparer{T}"/>.
/// Encoding writes entries in the dictionary's own order, so build maps with that comparer too.
/// </summary>
public readonly struct BTreeMapCodec<TKey, TValue, TKeyCodec, TValueCodec> : ICodec<SortedDictionary<TKey, TValue>>
    where TKey : notnull
    where TKeyCodec : ICodec<TKey>
    where TValueCodec : ICodec<TValue>
{
    public static SortedDictionary<TKey, TValue> Decode(ref ScaleReader reader)
    {
        int length = reader.ReadCompactLength(
            ScaleLimits.UnboundedLength, "BTreeMap", Math.Max(1, TKeyCodec.MinEncodedSize + TValueCodec.MinEncodedSize));
        var map = new SortedDictionary<TKey, TValue>(ScaleKeyComparer<TKey>.Instance);
        for (int i = 0; i < length; i++)
        {
            TKey key = TKeyCodec.Decode(ref reader);
            map[key] = TValueCodec.Decode(ref reader);
        }
        return map;
    }

    public static void Encode<TWriter>(in SortedDictionary<TKey, TValue> value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)value.Count);
        foreach (KeyValuePair<TKey, TValue> entry in value)
        {
            TKeyCodec.Encode(entry.Key, ref writer);
            TValueCodec.Encode(entry.Value, ref writer);
        }
    }

    public static int GetEncodedSize(in SortedDictionary<TKey, TValue> value)
    {
        int size = ScaleWriter.CompactSize((uint)value.Count);
        foreach (KeyValuePair<TKey, TValue> entry in value)
            size += TKeyCodec.GetEncodedSize(entry.Key) + TValueCodec.GetEncodedSize(entry.Value);
        return size;
    }
}
