namespace Kusama.Core.Tests;

// Expected values are derived by hand from sp-arithmetic's per_things.rs (overflow_prune_mul,
// rational_mul_correction, saturating_reciprocal_mul, from_rational_with_rounding); the arithmetic is in the comments.
public class PerThingTests
{
    [Fact]
    public void FromParts_clamps_to_one()
    {
        Assert.Equal(Perbill.One, Perbill.FromParts(2_000_000_000));
        Assert.Equal(1_000_000_000u, Perbill.FromParts(uint.MaxValue).Parts);
        Assert.Equal(Permill.One, Permill.FromParts(1_000_001));
    }

    [Fact]
    public void FromPercent_clamps_at_one_hundred()
    {
        Assert.Equal(500_000_000u, Perbill.FromPercent(50).Parts);
        Assert.Equal(Perbill.One, Perbill.FromPercent(250));
        Assert.Equal(10_000_000_000_000_000ul, Perquintill.FromPercent(1).Parts);
    }

    [Theory]
    // 1e9 * 1 / 3 = 333_333_333 remainder 1: Down and both nearest modes stay, Up adds one.
    [InlineData(1, 3, Rounding.Down, 333_333_333u)]
    [InlineData(1, 3, Rounding.Up, 333_333_334u)]
    [InlineData(1, 3, Rounding.NearestPrefDown, 333_333_333u)]
    // 1e9 * 2 / 3 = 666_666_666 remainder 2 > 3/2: both nearest modes round up.
    [InlineData(2, 3, Rounding.NearestPrefDown, 666_666_667u)]
    [InlineData(2, 3, Rounding.NearestPrefUp, 666_666_667u)]
    [InlineData(2, 3, Rounding.Down, 666_666_666u)]
    // 1e9 * 1 / 2e9 = 0 remainder 1e9, exactly half of 2e9: PrefDown keeps 0, PrefUp gives 1.
    [InlineData(1, 2_000_000_000, Rounding.NearestPrefDown, 0u)]
    [InlineData(1, 2_000_000_000, Rounding.NearestPrefUp, 1u)]
    [InlineData(1, 2_000_000_000, Rounding.Up, 1u)]
    [InlineData(7, 7, Rounding.Up, 1_000_000_000u)]
    public void TryFromRational_rounds_as_sp_arithmetic(ulong p, ulong q, Rounding rounding, uint expectedParts)
    {
        Assert.True(Perbill.TryFromRational(p, q, rounding, out Perbill value));
        Assert.Equal(expectedParts, value.Parts);
    }

    [Fact]
    public void FromRational_is_one_for_a_zero_denominator_or_a_ratio_above_one()
    {
        Assert.Equal(Perbill.One, Perbill.FromRational(1, 0));
        Assert.Equal(Perbill.One, Perbill.FromRational(1001, 1000));
        Assert.False(Perbill.TryFromRational(1001, 1000, Rounding.Up, out _));
        Assert.False(Perbill.TryFromRational(0, 0, Rounding.Down, out _));
    }

    [Fact]
    public void FromRational_is_exact_for_128_bit_operands()
    {
        // 1e9 * (2^128 - 2) / (2^128 - 1) = 1e9 - 1e9 / (2^128 - 1), just below 1e9: rounds down to 999_999_999.
        Assert.Equal(999_999_999u, Perbill.FromRational(UInt128.MaxValue - 1, UInt128.MaxValue).Parts);
        // Perquintill: 1e18 / 3 rounded down.
        Assert.Equal(333_333_333_333_333_333ul, Perquintill.FromRational(UInt128.MaxValue / 3, UInt128.MaxValue).Parts);
    }

    [Theory]
    // sp-arithmetic's doc examples, at Perbill precision: 34% of 10 = 3.4, 36% of 10 = 3.6.
    [InlineData(34, 10ul, 3ul, 4ul, 3ul)]
    [InlineData(36, 10ul, 3ul, 4ul, 4ul)]
    // 50% of 3 = 1.5: remainder 3 * 5e8 = 1.5e9 -> 1 rem 5e8, not > 5e8, so Mul (NearestPrefDown) gives 1.
    [InlineData(50, 3ul, 1ul, 2ul, 1ul)]
    [InlineData(100, 7ul, 7ul, 7ul, 7ul)]
    [InlineData(0, 7ul, 0ul, 0ul, 0ul)]
    public void Multiplying_an_integer_rounds_floor_ceil_and_nearest(uint percent, ulong value, ulong floor, ulong ceil, ulong nearest)
    {
        Perbill ratio = Perbill.FromPercent(percent);
        Assert.Equal(floor, ratio.MulFloor(value));
        Assert.Equal(ceil, ratio.MulCeil(value));
        Assert.Equal(nearest, ratio * value);
    }

    [Fact]
    public void Multiplying_u128_max_does_not_overflow()
    {
        // x / 1e9 = 340282366920938463463374607431, rem 768211455.
        // 340282366920938463463374607431 * 5e8 = 170141183460469231731687303715500000000;
        // rem * 5e8 / 1e9 = 384105727 remainder 5e8 (not above half) -> sum ends in ...715884105727.
        UInt128 expected = UInt128.Parse("170141183460469231731687303715884105727");
        Assert.Equal(expected, Perbill.FromPercent(50) * UInt128.MaxValue);
        Assert.Equal(expected + 1, Perbill.FromPercent(50).MulCeil(UInt128.MaxValue));
        Assert.Equal(new Balance(expected), Perbill.FromPercent(50) * Balance.MaxValue);
    }

    [Theory]
    // sp-arithmetic doc examples: 10 / 50% = 20; 10 / 60% = 16.67 -> 17 nearest, 16 floor; 10 / 61% = 16.39 -> 16, ceil 17.
    [InlineData(50, 20ul, 20ul, 20ul)]
    [InlineData(60, 17ul, 16ul, 17ul)]
    [InlineData(61, 16ul, 16ul, 17ul)]
    public void Reciprocal_multiplication_rounds_as_sp_arithmetic(uint percent, ulong nearest, ulong floor, ulong ceil)
    {
        Perbill ratio = Perbill.FromPercent(percent);
        Assert.Equal(nearest, ratio.SaturatingReciprocalMul(10ul));
        Assert.Equal(floor, ratio.SaturatingReciprocalMulFloor(10ul));
        Assert.Equal(ceil, ratio.SaturatingReciprocalMulCeil(10ul));
    }

    [Fact]
    public void Reciprocal_multiplication_saturates_at_the_integer_type()
    {
        Perbill tiny = Perbill.FromParts(1);
        // u32::MAX / 1e-9 = 4294967295e9 overflows u32 but fits u64.
        Assert.Equal(uint.MaxValue, tiny.SaturatingReciprocalMul(uint.MaxValue));
        Assert.Equal(4_294_967_295_000_000_000ul, tiny.SaturatingReciprocalMul((ulong)uint.MaxValue));
        Assert.Equal(UInt128.MaxValue, tiny.SaturatingReciprocalMul(UInt128.MaxValue));
        Assert.Throws<DivideByZeroException>(() => Perbill.Zero.SaturatingReciprocalMul(1ul));
    }

    [Fact]
    public void Square_and_pow_round_down_at_each_step()
    {
        Assert.Equal(Perbill.FromPercent(25), Perbill.FromPercent(50).Square());
        // 333_333_333^2 / 1e9 = 111111110888888889 / 1e9 -> 111_111_110.
        Assert.Equal(111_111_110u, Perbill.FromParts(333_333_333).Square().Parts);
        // 0.5^3: result 0.5, square 0.25, result 0.5 * 0.25 = 0.125.
        Assert.Equal(125_000_000u, Perbill.FromPercent(50).SaturatingPow(3).Parts);
        Assert.Equal(Perbill.One, Perbill.FromPercent(10).SaturatingPow(0));
        Assert.Equal(250_000_000_000_000_000ul, Perquintill.FromPercent(50).Square().Parts);
    }

    [Fact]
    public void Saturating_add_sub_and_left_from_one()
    {
        Assert.Equal(Perbill.One, Perbill.FromPercent(70).SaturatingAdd(Perbill.FromPercent(50)));
        Assert.Equal(Perbill.Zero, Perbill.FromPercent(30).SaturatingSub(Perbill.FromPercent(50)));
        Assert.Equal(Perbill.FromPercent(70), Perbill.FromPercent(30).LeftFromOne());
        Assert.Equal(Perquintill.One, Perquintill.One.SaturatingAdd(Perquintill.One));
    }

    [Fact]
    public void Saturating_div_uses_the_given_rounding()
    {
        // 2% / 3% = 0.6666…: 666_666_666 down, 666_666_667 nearest, and 1% / 3% = 333_333_333 nearest-pref-up.
        Assert.Equal(666_666_666u, Perbill.FromPercent(2).SaturatingDiv(Perbill.FromPercent(3), Rounding.Down).Parts);
        Assert.Equal(666_666_667u, Perbill.FromPercent(2).SaturatingDiv(Perbill.FromPercent(3), Rounding.NearestPrefDown).Parts);
        Assert.Equal(333_333_333u, Perbill.FromPercent(1).SaturatingDiv(Perbill.FromPercent(3), Rounding.NearestPrefUp).Parts);
        Assert.Equal(Perbill.One, Perbill.FromPercent(3).SaturatingDiv(Perbill.FromPercent(2), Rounding.Down));
    }

    [Fact]
    public void Product_of_two_ratios_rounds_down()
    {
        // 333_333_333 * 333_333_333 / 1e9 = 111_111_110.888… -> 111_111_110.
        Assert.Equal(111_111_110u, (Perbill.FromParts(333_333_333) * Perbill.FromParts(333_333_333)).Parts);
    }

    [Fact]
    public void Permill_and_Perquintill_count_parts_at_their_own_accuracy()
    {
        Assert.Equal(1_000_000u, Permill.One.Parts);
        Assert.Equal(1_000_000_000_000_000_000ul, Perquintill.One.Parts);
        // 1e6 / 3 = 333_333.33… rounds down; 1e18 * 2 / 3 = 666…666.67 rounds up to nearest.
        Assert.Equal(333_333u, Permill.FromRational(1, 3).Parts);
        Assert.True(Perquintill.TryFromRational(2, 3, Rounding.NearestPrefDown, out Perquintill twoThirds));
        Assert.Equal(666_666_666_666_666_667ul, twoThirds.Parts);
        Assert.True(Permill.FromPercent(1) < Permill.FromPercent(2));
        Assert.Equal("12.5%", Permill.FromParts(125_000).ToString());
        // One part in 1e18 is 1e-16 percent.
        Assert.Equal("0.0000000000000001%", Perquintill.FromParts(1).ToString());
    }

    [Theory]
    [InlineData(500_000_000u, "50%")]
    [InlineData(125_000_000u, "12.5%")]
    [InlineData(1u, "0.0000001%")]
    [InlineData(0u, "0%")]
    public void ToString_is_the_exact_percentage(uint parts, string expected) =>
        Assert.Equal(expected, Perbill.FromParts(parts).ToString());
}
