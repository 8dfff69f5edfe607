namespace Kusama.Scale.Codecs;

/// <summary><c>Compact&lt;u16&gt;</c>: canonical compact encoding, rejecting values above 65535.</summary>
public readonly struct CompactU16Codec : ICodec<ushort>
{
    public static ushort Decode(ref ScaleReader reader) => reader.ReadCompactU16();

    public static void Encode<TWriter>(in ushort value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, (uint)value);

    public static int GetEncodedSize(in ushort value) => ScaleWriter.CompactSize((uint)value);
}
