using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>sp-weights' <c>ConstantMultiplier</c>: <c>ref_time × multiplier</c>, saturating (Kusama's <c>LengthToFee</c>, with the length passed as ref_time).</summary>
public readonly record struct ConstantMultiplier(Balance Multiplier) : IWeightToFee
{
    public Balance WeightToFee(in Weight weight) => new Balance(weight.RefTime).SaturatingMul(Multiplier);
}
