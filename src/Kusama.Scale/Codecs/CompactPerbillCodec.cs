using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Perbill"/> as <c>Compact&lt;u32&gt;</c> of its parts; like sp-arithmetic's <c>CompactAs</c>, decoding saturates at the accuracy.</summary>
public readonly struct CompactPerbillCodec : ICodec<Perbill>
{
    public static Perbill Decode(ref ScaleReader reader) => Perbill.FromParts(reader.ReadCompactU32());

    public static void Encode<TWriter>(in Perbill value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, value.Parts);

    public static int GetEncodedSize(in Perbill value) => ScaleWriter.CompactSize(value.Parts);
}
