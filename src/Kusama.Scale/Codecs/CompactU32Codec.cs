namespace Kusama.Scale.Codecs;

/// <summary><c>Compact&lt;u32&gt;</c>: canonical compact encoding.</summary>
public readonly struct CompactU32Codec : ICodec<uint>
{
    public static uint Decode(ref ScaleReader reader) => reader.ReadCompactU32();

    public static void Encode<TWriter>(in uint value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, (uint)value);

    public static int GetEncodedSize(in uint value) => ScaleWriter.CompactSize((uint)value);
}
