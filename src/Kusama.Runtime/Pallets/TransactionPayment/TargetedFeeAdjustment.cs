using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>
/// pallet_transaction_payment's <c>TargetedFeeAdjustment</c>: the next block's fee multiplier from the previous one and how
/// full the Normal class of the finished block was (<c>next = prev · (1 + v·d + v²·d²/2)</c>, d signed around the target).
/// </summary>
/// <param name="TargetBlockFullness">s*: the Normal-class fullness at which the multiplier stays put.</param>
/// <param name="AdjustmentVariable">v: how fast the multiplier moves.</param>
/// <param name="MinimumMultiplier">The floor; also where a stale, lower stored value is lifted to before updating.</param>
/// <param name="MaximumMultiplier">The ceiling.</param>
public readonly record struct TargetedFeeAdjustment(
    Perquintill TargetBlockFullness,
    FixedU128 AdjustmentVariable,
    FixedU128 MinimumMultiplier,
    FixedU128 MaximumMultiplier)
{
    /// <summary>
    /// <c>Convert&lt;Multiplier, Multiplier&gt;::convert</c>, with the two values it reads from System passed in:
    /// the Normal-class weight consumed by the block and the Normal class's <c>max_total</c> (or <c>max_block</c> when unset).
    /// </summary>
    public FixedU128 Convert(FixedU128 previous, Weight normalBlockWeight, Weight normalMaxWeight)
    {
        previous = Max(previous, MinimumMultiplier);
        Weight normal = normalBlockWeight.Min(normalMaxWeight);

        // The limiting dimension is the fuller one; ties (and ref_time-only blocks) go to ref_time. The ratios are
        // Perbill rounded down, exactly as upstream compares them, so near-ties resolve the same way.
        Perbill refTimeRatio = Perbill.FromRational(normal.RefTime, Math.Max(normalMaxWeight.RefTime, 1UL));
        Perbill proofSizeRatio = Perbill.FromRational(normal.ProofSize, Math.Max(normalMaxWeight.ProofSize, 1UL));
        (ulong used, ulong max) = refTimeRatio < proofSizeRatio
            ? (normal.ProofSize, normalMaxWeight.ProofSize)
            : (normal.RefTime, normalMaxWeight.RefTime);

        UInt128 targetWeight = TargetBlockFullness.MulNearest(max);
        UInt128 blockWeight = used;
        bool positive = blockWeight >= targetWeight;
        UInt128 diffAbs = positive ? blockWeight - targetWeight : targetWeight - blockWeight;

        FixedU128 diff = FixedU128.SaturatingFromRational(diffAbs, Math.Max(max, 1UL));
        FixedU128 diffSquared = diff.SaturatingMul(diff);
        // Upstream divides with the panicking `/`, which cannot fail here: the divisor is two.
        FixedU128 vSquared2 = AdjustmentVariable.SaturatingMul(AdjustmentVariable) / FixedU128.FromInteger(2);
        FixedU128 firstTerm = AdjustmentVariable.SaturatingMul(diff);
        FixedU128 secondTerm = vSquared2.SaturatingMul(diffSquared);

        if (positive)
        {
            FixedU128 excess = firstTerm.SaturatingAdd(secondTerm).SaturatingMul(previous);
            return Clamp(previous.SaturatingAdd(excess));
        }
        FixedU128 negative = firstTerm.SaturatingSub(secondTerm).SaturatingMul(previous);
        return Clamp(previous.SaturatingSub(negative));
    }

    /// <summary><c>convert</c> reading the Normal class's limit from System's <paramref name="weights"/>: its <c>max_total</c>, else <c>max_block</c>.</summary>
    public FixedU128 Convert(FixedU128 previous, Weight normalBlockWeight, BlockWeights weights) =>
        Convert(previous, normalBlockWeight, weights.Get(DispatchClass.Normal).MaxTotal ?? weights.MaxBlock);

    // Rust's Ord::clamp panics when min > max; a misconfigured adjustment is a programming error here too.
    private FixedU128 Clamp(FixedU128 value)
    {
        if (MinimumMultiplier > MaximumMultiplier)
            throw new InvalidOperationException("TargetedFeeAdjustment: the minimum multiplier exceeds the maximum");
        return value < MinimumMultiplier ? MinimumMultiplier : value > MaximumMultiplier ? MaximumMultiplier : value;
    }

    private static FixedU128 Max(FixedU128 a, FixedU128 b) => a >= b ? a : b;
}
