namespace Kusama.Scale.Codecs;

/// <summary><c>u16</c>, little endian.</summary>
public readonly struct U16Codec : ICodec<ushort>
{
    public static ushort Decode(ref ScaleReader reader) => reader.ReadUInt16();

    public static void Encode<TWriter>(in ushort value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt16(ref writer, value);

    public static int GetEncodedSize(in ushort value) => 2;

    public static int MinEncodedSize => 2;
}
