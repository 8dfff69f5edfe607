namespace Kusama.Scale.Codecs;

/// <summary><c>BoundedVec&lt;u8, ConstU32&lt;N&gt;&gt;</c>: a byte vector whose length may not exceed <typeparamref name="TBound"/>.</summary>
public readonly struct BoundedBytesCodec<TBound> : ICodec<byte[]> where TBound : IConstLength
{
    public static byte[] Decode(ref ScaleReader reader) => reader.ReadLengthPrefixedBytes(TBound.Value).ToArray();

    /// <exception cref="ArgumentException">The value is longer than the bound.</exception>
    public static void Encode<TWriter>(in byte[] value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.Length > TBound.Value)
            throw new ArgumentException($"{value.Length} bytes exceed the bound of {TBound.Value}", nameof(value));
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, value);
    }

    public static int GetEncodedSize(in byte[] value) => ScaleWriter.CompactSize((uint)value.Length) + value.Length;
}
