namespace Kusama.Scale.Codecs;

/// <summary>
/// <c>BTreeSet&lt;T&gt;</c>: compact length then the items in order. Like Rust, decoding accepts any order and drops
/// duplicates; the set is built with <see cref="ScaleKeyComparer{T}"/>.
/// </summary>
public readonly struct BTreeSetCodec<T, TCodec> : ICodec<SortedSet<T>> where TCodec : ICodec<T>
{
    public static SortedSet<T> Decode(ref ScaleReader reader)
    {
        int length = reader.ReadCompactLength(ScaleLimits.UnboundedLength, "BTreeSet", Math.Max(1, TCodec.MinEncodedSize));
        var set = new SortedSet<T>(ScaleKeyComparer<T>.Instance);
        for (int i = 0; i < length; i++)
            set.Add(TCodec.Decode(ref reader));
        return set;
    }

    public static void Encode<TWriter>(in SortedSet<T> value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)value.Count);
        foreach (T item in value)
            TCodec.Encode(item, ref writer);
    }

    public static int GetEncodedSize(in SortedSet<T> value)
    {
        int size = ScaleWriter.CompactSize((uint)value.Count);
        foreach (T item in value)
            size += TCodec.GetEncodedSize(item);
        return size;
    }
}
