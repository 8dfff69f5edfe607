using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Perquintill"/> as <c>Compact&lt;u64&gt;</c> of its parts; like sp-arithmetic's <c>CompactAs</c>, decoding saturates at the accuracy.</summary>
public readonly struct CompactPerquintillCodec : ICodec<Perquintill>
{
    public static Perquintill Decode(ref ScaleReader reader) => Perquintill.FromParts(reader.ReadCompactU64());

    public static void Encode<TWriter>(in Perquintill value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, value.Parts);

    public static int GetEncodedSize(in Perquintill value) => ScaleWriter.CompactSize(value.Parts);
}
