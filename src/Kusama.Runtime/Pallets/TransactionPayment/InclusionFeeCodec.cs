using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>SCALE codec of <see cref="InclusionFee"/>: <c>base_fee ++ len_fee ++ adjusted_weight_fee</c>, each a plain <c>u128</c>.</summary>
public readonly struct InclusionFeeCodec : ICodec<InclusionFee>
{
    public static InclusionFee Decode(ref ScaleReader reader)
    {
        var baseFee = BalanceCodec.Decode(ref reader);
        var lenFee = BalanceCodec.Decode(ref reader);
        return new InclusionFee(baseFee, lenFee, BalanceCodec.Decode(ref reader));
    }

    public static void Encode<TWriter>(in InclusionFee value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        BalanceCodec.Encode(value.BaseFee, ref writer);
        BalanceCodec.Encode(value.LenFee, ref writer);
        BalanceCodec.Encode(value.AdjustedWeightFee, ref writer);
    }

    public static int GetEncodedSize(in InclusionFee value) => 48;

    public static int MinEncodedSize => 48;
}
