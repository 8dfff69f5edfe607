namespace Kusama.Scale.Codecs;

/// <summary><c>i8</c>.</summary>
public readonly struct I8Codec : ICodec<sbyte>
{
    public static sbyte Decode(ref ScaleReader reader) => reader.ReadInt8();

    public static void Encode<TWriter>(in sbyte value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteInt8(ref writer, value);

    public static int GetEncodedSize(in sbyte value) => 1;

    public static int MinEncodedSize => 1;
}
