namespace Kusama.Scale.Codecs;

/// <summary><c>[T; N]</c>: exactly <typeparamref name="TLength"/> items with no length prefix.</summary>
public readonly struct FixedArrayCodec<T, TCodec, TLength> : ICodec<T[]> where TCodec : ICodec<T> where TLength : IConstLength
{
    public static T[] Decode(ref ScaleReader reader)
    {
        var items = new T[TLength.Value];
        for (int i = 0; i < items.Length; i++)
            items[i] = TCodec.Decode(ref reader);
        return items;
    }

    /// <exception cref="ArgumentException">The value does not have exactly <typeparamref name="TLength"/> items.</exception>
    public static void Encode<TWriter>(in T[] value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.Length != TLength.Value)
            throw new ArgumentException($"a [T; {TLength.Value}] takes exactly {TLength.Value} items, got {value.Length}", nameof(value));
        foreach (ref readonly T item in value.AsSpan())
            TCodec.Encode(item, ref writer);
    }

    public static int GetEncodedSize(in T[] value)
    {
        int size = 0;
        foreach (ref readonly T item in value.AsSpan())
            size += TCodec.GetEncodedSize(item);
        return size;
    }

    public static int MinEncodedSize => TLength.Value * TCodec.MinEncodedSize;
}
