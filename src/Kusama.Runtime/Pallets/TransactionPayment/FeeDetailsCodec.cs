using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>SCALE codec of <see cref="FeeDetails"/> as <c>TransactionPaymentApi_query_fee_details</c> returns it: <c>Option&lt;InclusionFee&gt; ++ tip u128</c>.</summary>
/// <remarks>polkadot.js's RPC type <c>FeeDetails</c> omits the tip (serde skips it); the runtime API's SCALE form keeps it.</remarks>
public readonly struct FeeDetailsCodec : ICodec<FeeDetails>
{
    public static FeeDetails Decode(ref ScaleReader reader)
    {
        var inclusionFee = OptionCodec<InclusionFee, InclusionFeeCodec>.Decode(ref reader);
        return new FeeDetails(inclusionFee, BalanceCodec.Decode(ref reader));
    }

    public static void Encode<TWriter>(in FeeDetails value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        OptionCodec<InclusionFee, InclusionFeeCodec>.Encode(value.InclusionFee, ref writer);
        BalanceCodec.Encode(value.Tip, ref writer);
    }

    public static int GetEncodedSize(in FeeDetails value) =>
        OptionCodec<InclusionFee, InclusionFeeCodec>.GetEncodedSize(value.InclusionFee) + 16;

    public static int MinEncodedSize => 17;
}
