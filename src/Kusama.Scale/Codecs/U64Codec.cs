namespace Kusama.Scale.Codecs;

/// <summary><c>u64</c>, little endian.</summary>
public readonly struct U64Codec : ICodec<ulong>
{
    public static ulong Decode(ref ScaleReader reader) => reader.ReadUInt64();

    public static void Encode<TWriter>(in ulong value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt64(ref writer, value);

    public static int GetEncodedSize(in ulong value) => 8;

    public static int MinEncodedSize => 8;
}
