namespace Kusama.Scale.Codecs;

/// <summary><c>u32</c>, little endian.</summary>
public readonly struct U32Codec : ICodec<uint>
{
    public static uint Decode(ref ScaleReader reader) => reader.ReadUInt32();

    public static void Encode<TWriter>(in uint value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt32(ref writer, value);

    public static int GetEncodedSize(in uint value) => 4;

    public static int MinEncodedSize => 4;
}
