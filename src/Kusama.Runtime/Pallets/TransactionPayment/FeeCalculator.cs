using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>
/// pallet_transaction_payment's fee arithmetic (<c>compute_fee</c>, <c>compute_actual_fee</c>, <c>query_info</c> and
/// friends) as pure functions of the runtime's <c>WeightToFee</c>, <c>LengthToFee</c>, block limits and the current
/// <c>NextFeeMultiplier</c>, which the caller reads from storage and passes in.
/// </summary>
/// <remarks>
/// Fee = <c>base_fee + len_fee + multiplier × weight_fee</c> (+ tip), only for <c>Pays::Yes</c>. Generic over the two
/// converters so each call resolves statically; nothing allocates.
/// </remarks>
public readonly struct FeeCalculator<TWeightToFee, TLengthToFee>
    where TWeightToFee : struct, IWeightToFee
    where TLengthToFee : struct, IWeightToFee
{
    private readonly TWeightToFee _weightToFee;
    private readonly TLengthToFee _lengthToFee;

    public FeeCalculator(TWeightToFee weightToFee, TLengthToFee lengthToFee, BlockLimits limits)
    {
        _weightToFee = weightToFee;
        _lengthToFee = lengthToFee;
        Limits = limits;
    }

    public BlockLimits Limits { get; }

    /// <summary><c>weight_to_fee</c>: the unadjusted weight fee of <paramref name="weight"/> capped at <c>max_block</c> (so <c>Weight::MAX</c> prices as a full block).</summary>
    public Balance WeightToFee(Weight weight) => _weightToFee.WeightToFee(weight.Min(Limits.MaxBlock));

    /// <summary><c>length_to_fee</c>: <c>LengthToFee</c> of the length carried as ref_time.</summary>
    public Balance LengthToFee(uint length) => _lengthToFee.WeightToFee(new Weight(length, 0));

    /// <summary>The pallet's <c>Convert&lt;Weight, Balance&gt;</c>: the weight fee scaled by <paramref name="multiplier"/>.</summary>
    public Balance AdjustedWeightToFee(Weight weight, FixedU128 multiplier) => multiplier.SaturatingMulInt(WeightToFee(weight));

    /// <summary><c>compute_fee_details</c>: the fee parts for a call as declared.</summary>
    public FeeDetails ComputeFeeDetails(uint len, in DispatchInfo info, Balance tip, FixedU128 multiplier) =>
        ComputeFeeRaw(len, info.Weight, tip, info.PaysFee, info.Class, multiplier);

    /// <summary><c>compute_fee</c>: the final fee (inclusion fee plus tip) for a call as declared; what is withdrawn up front.</summary>
    public Balance ComputeFee(uint len, in DispatchInfo info, Balance tip, FixedU128 multiplier) =>
        ComputeFeeDetails(len, info, tip, multiplier).FinalFee;

    /// <summary><c>compute_actual_fee_details</c>: the fee parts for the weight the call actually used and whether it ended up paying.</summary>
    public FeeDetails ComputeActualFeeDetails(uint len, in DispatchInfo info, in PostDispatchInfo postInfo, Balance tip, FixedU128 multiplier) =>
        ComputeFeeRaw(len, postInfo.CalcActualWeight(info), tip, postInfo.PaysFeeGiven(info), info.Class, multiplier);

    /// <summary><c>compute_actual_fee</c>: the final fee after dispatch; the difference to <see cref="ComputeFee"/> is refunded.</summary>
    public Balance ComputeActualFee(uint len, in DispatchInfo info, in PostDispatchInfo postInfo, Balance tip, FixedU128 multiplier) =>
        ComputeActualFeeDetails(len, info, postInfo, tip, multiplier).FinalFee;

    /// <summary><c>compute_fee_raw</c>: with <see cref="Pays.No"/> only the tip remains; the base fee is the class's base extrinsic weight, never multiplied.</summary>
    public FeeDetails ComputeFeeRaw(uint len, Weight weight, Balance tip, Pays paysFee, DispatchClass dispatchClass, FixedU128 multiplier)
    {
        if (paysFee != Pays.Yes)
            return new FeeDetails(Option<InclusionFee>.None, tip);
        Balance adjustedWeightFee = multiplier.SaturatingMulInt(WeightToFee(weight));
        Balance lenFee = LengthToFee(len);
        Balance baseFee = WeightToFee(Limits.BaseExtrinsic(dispatchClass));
        return new FeeDetails(Option<InclusionFee>.Some(new InclusionFee(baseFee, lenFee, adjustedWeightFee)), tip);
    }

    /// <summary><c>query_info</c> / <c>query_call_info</c>: weight, class and the tip-less fee; a bare (unsigned) extrinsic pays nothing.</summary>
    public RuntimeDispatchInfo QueryInfo(in DispatchInfo info, uint len, bool isBare, FixedU128 multiplier)
    {
        Balance partialFee = isBare ? Balance.Zero : ComputeFee(len, info, Balance.Zero, multiplier);
        return new RuntimeDispatchInfo(info.Weight, info.Class, partialFee);
    }

    /// <summary><c>query_fee_details</c> / <c>query_call_fee_details</c>: the fee parts with a zero tip; none for a bare extrinsic.</summary>
    public FeeDetails QueryFeeDetails(in DispatchInfo info, uint len, bool isBare, FixedU128 multiplier) =>
        isBare
            ? new FeeDetails(Option<InclusionFee>.None, Balance.Zero)
            : ComputeFeeDetails(len, info, Balance.Zero, multiplier);
}
