using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>Kusama's fee configuration (polkadot-fellows <c>relay/kusama</c> and runtime-common): the numbers its runtime computes fees with.</summary>
public static class KusamaFees
{
    /// <summary><c>ExtrinsicBaseWeight</c>: System's (124,706 ns of ref_time); the base fee prices it.</summary>
    public static Weight ExtrinsicBaseWeight => SystemConfig.ExtrinsicBaseWeight;

    /// <summary><c>MAXIMUM_BLOCK_WEIGHT</c>: System's (two seconds of ref_time, unlimited proof size).</summary>
    public static Weight MaximumBlockWeight => SystemConfig.MaximumBlockWeight;



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

    /// <summary>Kusama's block limits as far as fees read them, derived from System's configuration.</summary>
    public static BlockLimits BlockLimits { get; } = BlockLimits.From(SystemConfig.Kusama.BlockWeights, SystemConfig.Kusama.BlockLength);

    /// <summary>The Normal class's <c>max_total</c> (75 % of the block, per dimension); the multiplier update measures fullness against it.</summary>
    public static Weight NormalMaxTotal => SystemConfig.Kusama.BlockWeights.Get(DispatchClass.Normal).MaxTotal!.Value;

    /// <summary>The fee calculator with Kusama's converters and limits.</summary>
    public static FeeCalculator<WeightToFeePolynomial, ConstantMultiplier> Calculator { get; } =
        new(WeightToFee, LengthToFee, BlockLimits);
}
