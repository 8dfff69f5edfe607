using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment's <c>InclusionFee</c>: the minimum a transaction pays to be included, in its three parts.</summary>
/// <param name="BaseFee">The class's base extrinsic weight priced by <c>WeightToFee</c>; not scaled by the multiplier.</param>
/// <param name="LenFee">The encoded length priced by <c>LengthToFee</c>.</param>
/// <param name="AdjustedWeightFee">The (capped) weight priced by <c>WeightToFee</c>, times the fee multiplier.</param>
public readonly record struct InclusionFee(Balance BaseFee, Balance LenFee, Balance AdjustedWeightFee)
{
    /// <summary><c>inclusion_fee()</c>: the three parts added, saturating.</summary>
    public Balance Total => BaseFee.SaturatingAdd(LenFee).SaturatingAdd(AdjustedWeightFee);
}
