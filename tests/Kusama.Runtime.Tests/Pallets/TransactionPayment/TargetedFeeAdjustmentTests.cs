using System.Numerics;
using Kusama.Core;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

/// <remarks>
/// Most cases are the multiplier tests of substrate's kitchensink runtime (<c>substrate/bin/node/runtime/src/impls.rs</c>,
/// module <c>multiplier_tests</c>), which exercise <c>TargetedFeeAdjustment</c> with v = 1/100,000, minimum 1e-9 and the
/// same block weights as Kusama (2 s ref_time, unlimited proof, Normal 75 %). Their "truth value" is recomputed here with
/// exact rational arithmetic instead of f64.
/// </remarks>
public class TargetedFeeAdjustmentTests
{
    private static readonly UInt128 Div = FixedU128.Div;

    private static readonly TargetedFeeAdjustment Kitchensink = new(
        Perquintill.FromPercent(25),
        FixedU128.SaturatingFromRational(1, 100_000),
        FixedU128.SaturatingFromRational(1, 1_000_000_000),
        FixedU128.MaxValue);

    // 75 % of (2e12, u64::MAX), each dimension rounded to nearest like Perbill × Weight.
    private static readonly Weight MaxNormal = new(1_500_000_000_000, 13_835_058_055_282_163_711);

    private static Weight Target => new(375_000_000_000, 3_458_764_513_820_540_928);

    private static readonly FixedU128 Half = FixedU128.SaturatingFromRational(1, 2);

    private static FixedU128 Update(FixedU128 previous, Weight blockWeight) => Kitchensink.Convert(previous, blockWeight, MaxNormal);

    [Fact]
    public void Kitchensink_normal_max_and_target_follow_from_the_ratios()
    {
        Assert.Equal(MaxNormal, KusamaFees.NormalMaxTotal);
        Assert.Equal(Perquintill.FromPercent(25).MulNearest(MaxNormal.RefTime), Target.RefTime);
        Assert.Equal(Perquintill.FromPercent(25).MulNearest(MaxNormal.ProofSize), Target.ProofSize);
        Assert.Equal((BigInteger)MaxNormal.ProofSize, ((BigInteger)ulong.MaxValue * 3 + 2) / 4); // 0.75 × u64::MAX, nearest
    }

    public static TheoryData<ulong, ulong> PocWeights => new()
    {
        { 0, 0 }, { 100, 0 }, { 1000, 0 }, { 375_000_000_000, 3_458_764_513_820_540_928 },
        { 750_000_000_000, 6_917_529_027_641_081_855 }, { 1_500_000_000_000, 13_835_058_055_282_163_711 },
    };

    [Theory] // kitchensink `truth_value_update_poc_works`
    [MemberData(nameof(PocWeights))]
    public void Update_matches_the_formula_within_100_inner_units(ulong refTime, ulong proofSize)
    {
        var weight = new Weight(refTime, proofSize);
        AssertClose(Truth(weight, Half, Kitchensink), Update(Half, weight), 100);
    }

    [Fact] // kitchensink `multiplier_can_grow_from_zero`
    public void Multiplier_can_grow_from_its_minimum_by_ref_time_or_by_proof_size()
    {
        var min = Kitchensink.MinimumMultiplier;
        Assert.True(Update(min, Target.WithRefTime(Target.RefTime * 101 / 100)) > min);
        Assert.True(Update(min, Target.WithProofSize(Target.ProofSize / 100 * 101)) > min);
    }

    [Fact] // kitchensink `multiplier_cannot_go_below_limit`
    public void Multiplier_cannot_go_below_its_minimum() =>
        Assert.Equal(Kitchensink.MinimumMultiplier, Update(Kitchensink.MinimumMultiplier, Weight.Zero));

    [Fact] // kitchensink `time_to_reach_zero`: more than 533,333 empty blocks to fall from one to the minimum
    public void Empty_blocks_take_more_than_533_333_updates_to_reach_the_minimum()
    {
        var fm = FixedU128.One;
        for (int i = 0; i <= 533_333; i++)
        {
            fm = Update(fm, Weight.Zero);
            Assert.NotEqual(Kitchensink.MinimumMultiplier, fm);
        }
    }

    [Fact] // kitchensink `min_change_per_day`: a day (28,800 blocks) of full Normal blocks raises the fee by at least 23.4 %
    public void A_day_of_full_blocks_raises_the_multiplier_above_1_234()
    {
        var fm = FixedU128.One;
        for (int i = 0; i < 28_800; i++)
            fm = Update(fm, MaxNormal);
        Assert.True(fm > FixedU128.SaturatingFromRational(1234, 1000));
    }

    [Fact] // kitchensink `stateless_weight_mul`
    public void Light_blocks_lower_heavy_blocks_raise_and_the_target_keeps_the_multiplier()
    {
        var quarter = Update(Half, Target.SaturatingDiv(4));
        AssertClose(Truth(Target.SaturatingDiv(4), Half, Kitchensink), quarter, 100);
        Assert.True(quarter < Half);

        var halfTarget = Update(Half, Target.SaturatingDiv(2));
        AssertClose(Truth(Target.SaturatingDiv(2), Half, Kitchensink), halfTarget, 100);
        Assert.True(halfTarget < Half);

        Assert.Equal(Half, Update(Half, Target));

        var twice = Update(Half, Target.SaturatingMul(2));
        AssertClose(Truth(Target.SaturatingMul(2), Half, Kitchensink), twice, 100);
        Assert.True(twice > Half);
    }

    [Fact] // kitchensink `weight_mul_grow_on_big_block`
    public void Big_blocks_always_raise_the_multiplier_even_from_zero()
    {
        var original = FixedU128.Zero;
        for (int i = 0; i < 1_000; i++)
        {
            var next = Update(original, Target.SaturatingMul(2));
            AssertClose(Truth(Target.SaturatingMul(2), original, Kitchensink), next, 100);
            Assert.True(next > original);
            original = next;
        }
    }

    [Fact] // kitchensink `weight_mul_decrease_on_small_block`
    public void Small_blocks_always_lower_the_multiplier()
    {
        var original = Half;
        for (int i = 0; i < 100; i++)
        {
            var next = Update(original, Target.SaturatingDiv(2));
            Assert.True(next < original);
            original = next;
        }
    }

    public static TheoryData<ulong, ulong> LargeWeights => new()
    {
        { 0, 0 }, { 1, 0 }, { 10, 0 }, { 1000, 0 }, { 1024, 0 }, { 10 * 1024, 0 }, { 100 * 1024, 0 }, { 1024 * 1024, 0 },
        { 10 * 1024 * 1024, 0 }, { 2_147_483_647, 0 }, { 4_294_967_295, 0 },
        { 0, 100_000_000_000 }, { 0, 1_000_000UL * 1024 }, { 0, 1_000_000_000UL * 1024 }, { 0, 18_014_398_509_481_983 },
        { 0, 9_223_372_036_854_775_807 },
        { 2_000_000_000_000 / 1024, ulong.MaxValue / 1024 }, { 1_000_000_000_000, ulong.MaxValue / 2 },
        { 2_000_000_000_000, ulong.MaxValue }, { ulong.MaxValue / 2, ulong.MaxValue / 2 }, { ulong.MaxValue, ulong.MaxValue },
    };

    [Theory] // kitchensink `weight_to_fee_should_not_overflow_on_large_weights`, first part
    [MemberData(nameof(LargeWeights))]
    public void Large_weights_update_from_one_within_the_tests_tolerance(ulong refTime, ulong proofSize)
    {
        var weight = new Weight(refTime, proofSize);
        AssertClose(Truth(weight, FixedU128.One, Kitchensink), Update(FixedU128.One, weight), 50_000_000);
    }

    [Fact] // kitchensink `weight_to_fee_should_not_overflow_on_large_weights`, second part
    public void A_saturated_multiplier_stays_saturated_on_heavy_blocks()
    {
        // saturating_from_integer(i128::MAX) does not fit and saturates to the maximum.
        var maxFm = FixedU128.FromInteger((UInt128)(BigInteger)Int128.MaxValue);
        Assert.Equal(FixedU128.MaxValue, maxFm);
        Weight[] heavy =
        [
            Target.SaturatingAdd(new Weight(100, 0)),
            Target.SaturatingAdd(new Weight(0, Target.ProofSize * 2)),
            Target.SaturatingMul(2),
            Target.SaturatingMul(4),
        ];
        foreach (var weight in heavy)
            Assert.Equal(maxFm, Update(maxFm, weight));
    }

    [Fact] // polkadot-fellows relay/kusama `multiplier_can_grow_from_zero`
    public void Kusama_multiplier_can_grow_from_its_minimum()
    {
        var kusama = KusamaFees.FeeMultiplierUpdate;
        var min = kusama.MinimumMultiplier;
        var target = new Weight(
            kusama.TargetBlockFullness.MulNearest(KusamaFees.NormalMaxTotal.RefTime),
            kusama.TargetBlockFullness.MulNearest(KusamaFees.NormalMaxTotal.ProofSize));
        var weight = target.SaturatingMul(101).SaturatingDiv(100);
        Assert.True(kusama.Convert(min, weight, KusamaFees.NormalMaxTotal) > min);
    }

    [Fact]
    public void Kusama_parameters_are_slow_adjusting_fee_update()
    {
        var kusama = KusamaFees.FeeMultiplierUpdate;
        Assert.Equal(Perquintill.FromPercent(25), kusama.TargetBlockFullness);
        Assert.Equal(Div * 75 / 1_000_000, kusama.AdjustmentVariable.Inner);
        Assert.Equal(Div / 10, kusama.MinimumMultiplier.Inner);
        Assert.Equal(UInt128.MaxValue, kusama.MaximumMultiplier.Inner);
    }

    [Theory]
    [InlineData(0UL)] // empty block
    [InlineData(375_000_000_000UL)] // exactly on target
    [InlineData(1_500_000_000_000UL)] // full Normal class
    [InlineData(2_000_000_000_000UL)] // beyond the Normal class: capped at it
    public void Kusama_one_block_from_the_default_follows_the_formula(ulong refTime)
    {
        var weight = new Weight(refTime, 0);
        var next = KusamaFees.FeeMultiplierUpdate.Convert(KusamaFees.NextFeeMultiplierDefault, weight, KusamaFees.NormalMaxTotal);
        AssertClose(Truth(weight, FixedU128.One, KusamaFees.FeeMultiplierUpdate, KusamaFees.NormalMaxTotal), next, 100);
    }

    [Fact]
    public void Kusama_empty_block_lowers_by_about_v_over_four_and_full_block_raises_by_about_three_v_over_four()
    {
        var kusama = KusamaFees.FeeMultiplierUpdate;
        var empty = kusama.Convert(FixedU128.One, Weight.Zero, KusamaFees.NormalMaxTotal);
        var full = kusama.Convert(FixedU128.One, KusamaFees.NormalMaxTotal, KusamaFees.NormalMaxTotal);
        // 1 − (v/4 − v²/32) = 1 − 1.874982421875e-5 and 1 + (3v/4 + 9v²/32) = 1 + 5.625158203125e-5, v = 75e-6.
        Assert.InRange(Div - empty.Inner, (UInt128)18_749_824_218_000, (UInt128)18_749_824_219_000);
        Assert.InRange(full.Inner - Div, (UInt128)56_251_582_031_000, (UInt128)56_251_582_032_000);
    }

    [Fact]
    public void Kusama_multiplier_is_clamped_at_a_tenth()
    {
        var kusama = KusamaFees.FeeMultiplierUpdate;
        Assert.Equal(kusama.MinimumMultiplier, kusama.Convert(kusama.MinimumMultiplier, Weight.Zero, KusamaFees.NormalMaxTotal));
        // A stale value below the minimum is lifted to it before updating.
        Assert.Equal(kusama.MinimumMultiplier, kusama.Convert(FixedU128.Zero, Weight.Zero, KusamaFees.NormalMaxTotal));
        Assert.True(kusama.Convert(FixedU128.Zero, KusamaFees.NormalMaxTotal, KusamaFees.NormalMaxTotal) > kusama.MinimumMultiplier);
    }

    [Fact]
    public void Kusama_long_run_of_empty_blocks_falls_monotonically_to_the_minimum_in_about_ln10_over_v_quarter_blocks()
    {
        var kusama = KusamaFees.FeeMultiplierUpdate;
        var fm = FixedU128.One;
        int blocks = 0;
        while (fm != kusama.MinimumMultiplier)
        {
            var next = kusama.Convert(fm, Weight.Zero, KusamaFees.NormalMaxTotal);
            Assert.True(next < fm);
            fm = next;
            blocks++;
        }
        // (1 - v/4 + v²/32)^n = 0.1  ⇒  n ≈ ln 10 / (v/4) ≈ 122,805 with v = 75e-6.
        double expected = Math.Log(10) / -Math.Log(1 - 75e-6 / 4 + 75e-6 * 75e-6 / 32);
        Assert.InRange(blocks, (int)expected - 2, (int)expected + 2);
    }

    [Theory]
    [InlineData(0UL, 0UL, "1000000000000000000")]
    [InlineData(1_500_000_000_000UL, 0UL, "1000000000000000000")]
    [InlineData(123_456_789_012UL, 0UL, "1234567890123456789")]
    [InlineData(987_654_321_098UL, 0UL, "100000000000000000")]
    [InlineData(1_000_000UL, 12_000_000_000_000_000_000UL, "2500000000000000000")] // proof size limits
    public void Kusama_update_rounds_step_by_step_like_sp_arithmetic(ulong refTime, ulong proofSize, string previousInner)
    {
        var previous = FixedU128.FromInner(UInt128.Parse(previousInner));
        var weight = new Weight(refTime, proofSize);
        var next = KusamaFees.FeeMultiplierUpdate.Convert(previous, weight, KusamaFees.NormalMaxTotal);
        Assert.Equal(StepByStep(weight, previous, KusamaFees.FeeMultiplierUpdate, KusamaFees.NormalMaxTotal), next.Inner);
    }

    // The upstream `convert` transcribed into BigInteger, every FixedU128 product and quotient truncated where sp-arithmetic
    // truncates (checked_mul / checked_div round down for non-negative values; from_rational rounds down).
    private static UInt128 StepByStep(Weight block, FixedU128 previous, TargetedFeeAdjustment config, Weight max)
    {
        BigInteger div = (BigInteger)Div;
        BigInteger prev = BigInteger.Max(previous.Inner, config.MinimumMultiplier.Inner);
        BigInteger usedRef = Math.Min(block.RefTime, max.RefTime), usedProof = Math.Min(block.ProofSize, max.ProofSize);
        BigInteger refRatio = usedRef * 1_000_000_000 / Math.Max(max.RefTime, 1UL);
        BigInteger proofRatio = usedProof * 1_000_000_000 / Math.Max(max.ProofSize, 1UL);
        (BigInteger used, BigInteger m) = refRatio < proofRatio ? (usedProof, (BigInteger)max.ProofSize) : (usedRef, (BigInteger)max.RefTime);
        BigInteger target = BigInteger.DivRem(m * config.TargetBlockFullness.Parts, Perquintill.Accuracy, out BigInteger rem);
        if (rem > Perquintill.Accuracy / 2)
            target++;
        BigInteger diff = BigInteger.Abs(used - target) * div / BigInteger.Max(m, 1);
        BigInteger v = config.AdjustmentVariable.Inner;
        BigInteger first = v * diff / div;
        BigInteger second = v * v / div * div / (2 * div) * (diff * diff / div) / div;
        BigInteger next = used >= target
            ? prev + (first + second) * prev / div
            : prev - (first - second) * prev / div;
        next = BigInteger.Max(next, config.MinimumMultiplier.Inner);
        return (UInt128)next;
    }

    private static void AssertClose(FixedU128 expected, FixedU128 actual, ulong tolerance)
    {
        BigInteger difference = BigInteger.Abs((BigInteger)expected.Inner - (BigInteger)actual.Inner);
        Assert.True(difference <= tolerance, $"expected {expected.ToDebugString()}, got {actual.ToDebugString()} (off by {difference})");
    }

    private static FixedU128 Truth(Weight blockWeight, FixedU128 previous, TargetedFeeAdjustment config) =>
        Truth(blockWeight, previous, config, MaxNormal);

    // The kitchensink test's `truth_value_update`, in exact rationals scaled by 10^60 rather than f64:
    // next = prev · (1 + v·d + v²·d²/2), d = s/m − s*, s the limiting dimension capped at m.
    private static FixedU128 Truth(Weight blockWeight, FixedU128 previous, TargetedFeeAdjustment config, Weight maxNormal)
    {
        BigInteger scale = BigInteger.Pow(10, 60), div = (BigInteger)Div;
        BigInteger prev = BigInteger.Max(previous.Inner, config.MinimumMultiplier.Inner) * scale / div;
        bool proofLimits = (BigInteger)blockWeight.RefTime * maxNormal.ProofSize < (BigInteger)blockWeight.ProofSize * maxNormal.RefTime;
        BigInteger m = proofLimits ? maxNormal.ProofSize : maxNormal.RefTime;
        BigInteger s = BigInteger.Min(proofLimits ? blockWeight.ProofSize : blockWeight.RefTime, m);
        BigInteger target = scale * config.TargetBlockFullness.Parts / Perquintill.Accuracy;
        BigInteger d = s * scale / m - target;
        BigInteger v = (BigInteger)config.AdjustmentVariable.Inner * scale / div;
        BigInteger t1 = v * d / scale;
        BigInteger t2 = v * v / scale * d / scale * d / scale / 2;
        BigInteger next = prev * (scale + t1 + t2) / scale;
        return FixedU128.FromInner((UInt128)(next * div / scale));
    }
}
