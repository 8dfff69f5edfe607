using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Permill"/> as <c>Compact&lt;u32&gt;</c> of its parts; like sp-arithmetic's <c>CompactAs</c>, decoding saturates at the accuracy.</summary>
public readonly struct CompactPermillCodec : ICodec<Permill>
{
    public static Permill Decode(ref ScaleReader reader) => Permill.FromParts(reader.ReadCompactU32());

    public static void Encode<TWriter>(in Permill value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, value.Parts);

    public static int GetEncodedSize(in Permill value) => ScaleWriter.CompactSize(value.Parts);
}
