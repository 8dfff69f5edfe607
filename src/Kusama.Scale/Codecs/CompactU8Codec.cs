namespace Kusama.Scale.Codecs;

/// <summary><c>Compact&lt;u8&gt;</c>: canonical compact encoding, rejecting values above 255.</summary>
public readonly struct CompactU8Codec : ICodec<byte>
{
    public static byte Decode(ref ScaleReader reader) => reader.ReadCompactU8();

    public static void Encode<TWriter>(in byte value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, (uint)value);

    public static int GetEncodedSize(in byte value) => ScaleWriter.CompactSize((uint)value);
}
