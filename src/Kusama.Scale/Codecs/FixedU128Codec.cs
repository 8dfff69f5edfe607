using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="FixedU128"/> as its inner <c>u128</c>.</summary>
public readonly struct FixedU128Codec : ICodec<FixedU128>
{
    public static FixedU128 Decode(ref ScaleReader reader) => FixedU128.FromInner(reader.ReadUInt128());

    public static void Encode<TWriter>(in FixedU128 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt128(ref writer, value.Inner);

    public static int GetEncodedSize(in FixedU128 value) => 16;

    public static int MinEncodedSize => 16;
}
