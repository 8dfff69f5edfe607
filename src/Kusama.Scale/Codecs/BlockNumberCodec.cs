using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="BlockNumber"/> as a plain <c>u32</c>.</summary>
public readonly struct BlockNumberCodec : ICodec<BlockNumber>
{
    public static BlockNumber Decode(ref ScaleReader reader) => new(reader.ReadUInt32());

    public static void Encode<TWriter>(in BlockNumber value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt32(ref writer, value.Value);

    public static int GetEncodedSize(in BlockNumber value) => 4;

    public static int MinEncodedSize => 4;
}
