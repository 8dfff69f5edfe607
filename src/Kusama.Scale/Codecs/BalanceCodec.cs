using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Balance"/> as a plain <c>u128</c> (16 bytes little endian).</summary>
public readonly struct BalanceCodec : ICodec<Balance>
{
    public static Balance Decode(ref ScaleReader reader) => new(reader.ReadUInt128());

    public static void Encode<TWriter>(in Balance value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt128(ref writer, value.Value);

    public static int GetEncodedSize(in Balance value) => 16;

    public static int MinEncodedSize => 16;
}
