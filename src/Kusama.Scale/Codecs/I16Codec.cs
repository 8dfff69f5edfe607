namespace Kusama.Scale.Codecs;

/// <summary><c>i16</c>, little endian two's complement.</summary>
public readonly struct I16Codec : ICodec<short>
{
    public static short Decode(ref ScaleReader reader) => reader.ReadInt16();

    public static void Encode<TWriter>(in short value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteInt16(ref writer, value);

    public static int GetEncodedSize(in short value) => 2;

    public static int MinEncodedSize => 2;
}
