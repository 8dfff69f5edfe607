using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="BlockNumber"/> as <c>Compact&lt;u32&gt;</c>, as the header carries it.</summary>
public readonly struct CompactBlockNumberCodec : ICodec<BlockNumber>
{
    public static BlockNumber Decode(ref ScaleReader reader) => new(reader.ReadCompactU32());

    public static void Encode<TWriter>(in BlockNumber value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, value.Value);

    public static int GetEncodedSize(in BlockNumber value) => ScaleWriter.CompactSize(value.Value);
}
