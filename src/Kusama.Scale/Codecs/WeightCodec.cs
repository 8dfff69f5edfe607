using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Weight"/>: <c>ref_time</c> then <c>proof_size</c>, both <c>Compact&lt;u64&gt;</c> (sp-weights marks them <c>#[codec(compact)]</c>).</summary>
public readonly struct WeightCodec : ICodec<Weight>
{
    public static Weight Decode(ref ScaleReader reader)
    {
        ulong refTime = reader.ReadCompactU64();
        return new Weight(refTime, reader.ReadCompactU64());
    }

    public static void Encode<TWriter>(in Weight value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, value.RefTime);
        ScaleWriter.WriteCompact(ref writer, value.ProofSize);
    }

    public static int GetEncodedSize(in Weight value) =>
        ScaleWriter.CompactSize(value.RefTime) + ScaleWriter.CompactSize(value.ProofSize);

    public static int MinEncodedSize => 2;
}
