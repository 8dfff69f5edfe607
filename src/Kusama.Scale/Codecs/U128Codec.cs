namespace Kusama.Scale.Codecs;

/// <summary><c>u128</c>, little endian.</summary>
public readonly struct U128Codec : ICodec<UInt128>
{
    public static UInt128 Decode(ref ScaleReader reader) => reader.ReadUInt128();

    public static void Encode<TWriter>(in UInt128 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt128(ref writer, value);

    public static int GetEncodedSize(in UInt128 value) => 16;

    public static int MinEncodedSize => 16;
}
