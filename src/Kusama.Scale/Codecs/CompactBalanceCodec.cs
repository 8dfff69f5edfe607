using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Balance"/> as <c>Compact&lt;u128&gt;</c> (<c>#[codec(compact)]</c> amounts in calls).</summary>
public readonly struct CompactBalanceCodec : ICodec<Balance>
{
    public static Balance Decode(ref ScaleReader reader) => new(reader.ReadCompactU128());

    public static void Encode<TWriter>(in Balance value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteCompact(ref writer, value.Value);

    public static int GetEncodedSize(in Balance value) => ScaleWriter.CompactSize(value.Value);
}
