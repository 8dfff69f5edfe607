namespace Kusama.Scale.Codecs;

/// <summary><c>u8</c>.</summary>
public readonly struct U8Codec : ICodec<byte>
{
    public static byte Decode(ref ScaleReader reader) => reader.ReadByte();

    public static void Encode<TWriter>(in byte value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteByte(ref writer, value);

    public static int GetEncodedSize(in byte value) => 1;

    public static int MinEncodedSize => 1;
}
