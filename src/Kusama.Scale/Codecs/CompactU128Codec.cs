namespace Kusama.Scale.Codecs;

/// <summary><c>Compact&lt;u128&gt;</c>: canonical compact encoding.</summary>
public readonly struct CompactU128Codec : ICodec<UInt128>
{
    public static UInt128 Decode(ref ScaleReader reader) => reader.ReadCompactU128();

    public static void Encode<TWriter>(in UInt128 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, (UInt128)value);

    public static int GetEncodedSize(in UInt128 value) => ScaleWriter.CompactSize((UInt128)value);
}
