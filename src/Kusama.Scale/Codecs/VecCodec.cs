namespace Kusama.Scale.Codecs;

/// <summary><c>Vec&lt;T&gt;</c>: compact length then the items; the length is checked against what remains before allocating.</summary>
public readonly struct VecCodec<T, TCodec> : ICodec<T[]> where TCodec : ICodec<T>
{
    public static T[] Decode(ref ScaleReader reader) => DecodeBounded(ref reader, ScaleLimits.UnboundedLength);

    /// <summary>Decodes with an explicit maximum length.</summary>
    public static T[] DecodeBounded(ref ScaleReader reader, int maxLength)
    {
        // A zero-sized item would let a tiny input claim billions of items; count such items as one byte.
        int length = reader.ReadCompactLength(maxLength, "Vec", Math.Max(1, TCodec.MinEncodedSize));
        if (length == 0)
            return [];
        var items = new T[length];
        for (int i = 0; i < items.Length; i++)
            items[i] = TCodec.Decode(ref reader);
        return items;
    }

    public static void Encode<TWriter>(in T[] value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        EncodeSpan(value, ref writer);

    /// <summary>Encodes any span of items as a <c>Vec</c>.</summary>
    public static void EncodeSpan<TWriter>(ReadOnlySpan<T> items, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)items.Length);
        foreach (ref readonly T item in items)
            TCodec.Encode(item, ref writer);
    }

    public static int GetEncodedSize(in T[] value)
    {
        int size = ScaleWriter.CompactSize((uint)value.Length);
        foreach (ref readonly T item in value.AsSpan())
            size += TCodec.GetEncodedSize(item);
        return size;
    }
}
