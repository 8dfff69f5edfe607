namespace Kusama.Scale.Codecs;

/// <summary><c>i128</c>, little endian two's complement.</summary>
public readonly struct I128Codec : ICodec<Int128>
{
    public static Int128 Decode(ref ScaleReader reader) => reader.ReadInt128();

    public static void Encode<TWriter>(in Int128 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteInt128(ref writer, value);

    public static int GetEncodedSize(in Int128 value) => 16;

    public static int MinEncodedSize => 16;
}
