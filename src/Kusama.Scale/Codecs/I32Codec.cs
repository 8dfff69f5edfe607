namespace Kusama.Scale.Codecs;

/// <summary><c>i32</c>, little endian two's complement.</summary>
public readonly struct I32Codec : ICodec<int>
{
    public static int Decode(ref ScaleReader reader) => reader.ReadInt32();

    public static void Encode<TWriter>(in int value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteInt32(ref writer, value);

    public static int GetEncodedSize(in int value) => 4;

    public static int MinEncodedSize => 4;
}
