using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment's <c>FeeDetails</c>: the inclusion fee (None when the call does not pay) and the tip.</summary>
public readonly record struct FeeDetails(Option<InclusionFee> InclusionFee, Balance Tip)
{
    /// <summary><c>final_fee()</c>: inclusion fee (zero when absent) plus tip, saturating.</summary>
    public Balance FinalFee => InclusionFee.TryGetValue(out var fee) ? fee.Total.SaturatingAdd(Tip) : Tip;
}
