using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>Kusama's fee configuration (polkadot-fellows <c>relay/kusama</c> and runtime-common): the numbers its runtime computes fees with.</summary>
public static class KusamaFees
{
    /// <summary><c>ExtrinsicBaseWeight</c>: 124,706 ns of ref_time, no proof size (<c>constants/src/weights/extrinsic_weights.rs</c>).</summary>
    public static Weight ExtrinsicBaseWeight => new(124_706 * 1_000, 0);

    /// <summary><c>MAXIMUM_BLOCK_WEIGHT</c>: two seconds of ref_time, unlimited proof size.</summary>
    public static Weight MaximumBlockWeight => new(2 * 1_000_000_000_000UL, ulong.MaxValue);

    /// <summary><c>NORMAL_DISPATCH_RATIO</c>: the share of weight and length Normal calls may use.</summary>
    public static Perbill NormalDispatchRatio => Perbill.FromPercent(75);

    /// <summary>runtime-common's <c>BlockLength</c> maximum: 5 MiB.</summary>
    public const uint MaximumBlockLength = 5 * 1024 * 1024;

    /// <summary><c>TRANSACTION_BYTE_FEE</c> = 10 × MILLICENTS = 3,333,330 planck per byte.</summary>
    public const ulong TransactionByteFee = 10 * KusamaConstants.MilliCents;

    /// <summary><c>OperationalFeeMultiplier</c>: an Operational call's virtual tip is five times its final fee.</summary>
    public const byte OperationalFeeMultiplier = 5;

    /// <summary><c>fee::WeightToFee</c>: degree 1, coefficient <c>CENTS / (10 × ExtrinsicBaseWeight.ref_time)</c>, so the base extrinsic costs a tenth of a cent.</summary>
    public static WeightToFeePolynomial WeightToFee { get; } =
        WeightToFeePolynomial.Linear(KusamaConstants.Cents, 10 * (UInt128)ExtrinsicBaseWeight.RefTime);

    /// <summary><c>LengthToFee = ConstantMultiplier&lt;Balance, TransactionByteFee&gt;</c>.</summary>
    public static ConstantMultiplier LengthToFee => new(TransactionByteFee);

    /// <summary>
    /// <c>SlowAdjustingFeeUpdate</c>: target 25 % of the Normal class, <c>v = 75 / 1,000,000</c>, floor 0.1, no ceiling
    /// (<c>FixedU128::MAX</c>).
    /// </summary>
    public static TargetedFeeAdjustment FeeMultiplierUpdate { get; } = new(
        Perquintill.FromPercent(25),
        FixedU128.SaturatingFromRational(75, 1_000_000),
        FixedU128.SaturatingFromRational(1, 10),
        FixedU128.MaxValue);

    /// <summary><c>NextFeeMultiplier</c>'s default and genesis value: one (storage default <c>0x000064a7b3b6e00d0000000000000000</c>).</summary>
    public static FixedU128 NextFeeMultiplierDefault => FixedU128.One;

    /// <summary>
    /// Kusama's block limits as far as fees read them: <c>max_block</c> = <see cref="MaximumBlockWeight"/>, every class's
    /// <c>base_extrinsic</c> = <see cref="ExtrinsicBaseWeight"/>, block length 5 MiB with the Normal class at 75 %.
    /// </summary>
    /// <remarks>System owns these values; this copy is for fee arithmetic and tests until System provides them.</remarks>
    public static BlockLimits BlockLimits { get; } = new(
        MaxBlock: MaximumBlockWeight,
        BaseExtrinsicNormal: ExtrinsicBaseWeight,
        BaseExtrinsicOperational: ExtrinsicBaseWeight,
        BaseExtrinsicMandatory: ExtrinsicBaseWeight,
        MaxLengthNormal: NormalDispatchRatio.MulNearest(MaximumBlockLength),
        MaxLengthOperational: MaximumBlockLength,
        MaxLengthMandatory: MaximumBlockLength);

    /// <summary>The Normal class's <c>max_total</c>: <c>NORMAL_DISPATCH_RATIO × MAXIMUM_BLOCK_WEIGHT</c>, per dimension; the multiplier update measures fullness against it.</summary>
    public static Weight NormalMaxTotal => new(
        NormalDispatchRatio.MulNearest(MaximumBlockWeight.RefTime),
        NormalDispatchRatio.MulNearest(MaximumBlockWeight.ProofSize));

    /// <summary>The fee calculator with Kusama's converters and limits.</summary>
    public static FeeCalculator<WeightToFeePolynomial, ConstantMultiplier> Calculator { get; } =
        new(WeightToFee, LengthToFee, BlockLimits);
}
