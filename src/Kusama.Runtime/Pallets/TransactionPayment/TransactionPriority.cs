using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>The pool priority <c>ChargeTransactionPayment::get_priority</c> gives a signed transaction: its tip per unit of the scarcer block resource.</summary>
public static class TransactionPriority
{
    /// <summary>
    /// <c>get_priority</c>: <c>(tip + 1) × max_tx_per_block</c>, plus for Operational calls a virtual tip of
    /// <c>final_fee × operational_fee_multiplier × max_tx_per_block</c>; every step saturates and the result saturates to u64.
    /// </summary>
    /// <param name="finalFee">The fee from <c>compute_fee</c>, tip included.</param>
    /// <exception cref="ArgumentException">The class's maximum block length is zero (upstream's <c>clamp</c> panics too).</exception>
    public static ulong Compute(in DispatchInfo info, uint len, Balance tip, Balance finalFee, in BlockLimits limits, byte operationalFeeMultiplier)
    {
        Weight maxBlockWeight = limits.MaxBlock;
        ulong maxBlockLength = limits.MaxLength(info.Class);

        // Used as a divisor, so kept non-zero (unless the block limit itself is zero in a dimension).
        Weight boundedWeight = info.Weight.Max(new Weight(1, 1)).Min(maxBlockWeight);
        ulong boundedLength = Math.Clamp((ulong)len, 1UL, maxBlockLength);

        ulong maxTxPerBlockWeight = CheckedDivPerComponent(maxBlockWeight, boundedWeight) ?? 1;
        ulong maxTxPerBlockLength = maxBlockLength / boundedLength;
        Balance maxTxPerBlock = Math.Min(maxTxPerBlockLength, maxTxPerBlockWeight);

        Balance scaledTip = tip.SaturatingAdd(1UL).SaturatingMul(maxTxPerBlock);
        Balance priority = info.Class == DispatchClass.Operational
            ? scaledTip.SaturatingAdd(finalFee.SaturatingMul(operationalFeeMultiplier).SaturatingMul(maxTxPerBlock))
            : scaledTip;
        return priority.Value > ulong.MaxValue ? ulong.MaxValue : (ulong)priority.Value;
    }

    /// <summary>sp-weights' <c>checked_div_per_component</c>: the fewest times <paramref name="other"/> fits, per dimension; a zero dimension of <paramref name="other"/> counts as unlimited, both zero is null.</summary>
    internal static ulong? CheckedDivPerComponent(Weight self, Weight other)
    {
        if (other.RefTime == 0 && other.ProofSize == 0)
            return null;
        ulong refTime = other.RefTime == 0 ? ulong.MaxValue : self.RefTime / other.RefTime;
        ulong proofSize = other.ProofSize == 0 ? ulong.MaxValue : self.ProofSize / other.ProofSize;
        return Math.Min(refTime, proofSize);
    }
}
