namespace Kusama.Scale.Codecs;

/// <summary><c>Vec&lt;u8&gt;</c> as a copied <c>byte[]</c> (use <see cref="ScaleReader.ReadLengthPrefixedBytes"/> for a zero-copy slice).</summary>
public readonly struct BytesCodec : ICodec<byte[]>
{
    public static byte[] Decode(ref ScaleReader reader) => reader.ReadLengthPrefixedBytes(ScaleLimits.UnboundedLength).ToArray();

    public static void Encode<TWriter>(in byte[] value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, value);

    public static int GetEncodedSize(in byte[] value) => ScaleWriter.CompactSize((uint)value.Length) + value.Length;
}
