namespace Kusama.Scale.Codecs;

/// <summary><c>Compact&lt;u64&gt;</c>: canonical compact encoding.</summary>
public readonly struct CompactU64Codec : ICodec<ulong>
{
    public static ulong Decode(ref ScaleReader reader) => reader.ReadCompactU64();

    public static void Encode<TWriter>(in ulong value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, (ulong)value);

    public static int GetEncodedSize(in ulong value) => ScaleWriter.CompactSize((ulong)value);
}
