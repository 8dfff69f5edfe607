namespace Kusama.Scale.Codecs;

/// <summary><c>i64</c>, little endian two's complement.</summary>
public readonly struct I64Codec : ICodec<long>
{
    public static long Decode(ref ScaleReader reader) => reader.ReadInt64();

    public static void Encode<TWriter>(in long value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteInt64(ref writer, value);

    public static int GetEncodedSize(in long value) => 8;

    public static int MinEncodedSize => 8;
}
