namespace Kusama.Core.Tests;

// Expected values follow sp-arithmetic's fixed_point.rs by hand: DIV = 1e18, products via multiply_by_rational_with_rounding.
public class FixedU128Tests
{
    private static readonly UInt128 Div = 1_000_000_000_000_000_000UL;

    [Fact]
    public void FromRational_rounds_to_nearest_with_halves_down()
    {
        // 1e18 / 3 = 333…333.33 -> ...333; 2e18 / 3 = 666…666.67 -> ...667.
        Assert.Equal(UInt128.Parse("333333333333333333"), FixedU128.FromRational(1, 3).Inner);
        Assert.Equal(UInt128.Parse("666666666666666667"), FixedU128.FromRational(2, 3).Inner);
        // 1e18 * 1 / (2e18) = 0.5 exactly: NearestPrefDown gives 0.
        Assert.Equal(UInt128.Zero, FixedU128.FromRational(1, 2 * Div).Inner);
        Assert.Equal(UInt128.One, FixedU128.FromRational(1, 2 * Div, Rounding.NearestPrefUp).Inner);
        Assert.Throws<DivideByZeroException>(() => FixedU128.FromRational(1, 0));
        Assert.Throws<OverflowException>(() => FixedU128.FromRational(UInt128.MaxValue, 1));
    }

    [Fact]
    public void CheckedFromRational_rounds_down_and_rejects_overflow()
    {
        Assert.Equal(UInt128.Parse("666666666666666666"), FixedU128.CheckedFromRational(2, 3)!.Value.Inner);
        Assert.Null(FixedU128.CheckedFromRational(1, 0));
        Assert.Null(FixedU128.CheckedFromRational(UInt128.MaxValue, 1));
        Assert.Equal(FixedU128.MaxValue, FixedU128.SaturatingFromRational(UInt128.MaxValue, 1));
    }

    [Fact]
    public void Multiplying_by_an_integer_rounds_down_and_saturates()
    {
        FixedU128 oneAndAHalf = FixedU128.FromRational(3, 2);
        Assert.Equal(7ul, oneAndAHalf.SaturatingMulInt(5ul));
        Assert.Equal(7ul + 5ul, oneAndAHalf.SaturatingMulAccInt(5ul));
        Assert.Equal(ulong.MaxValue, FixedU128.FromInteger(3).SaturatingMulInt(ulong.MaxValue));
        Assert.Null(FixedU128.FromInteger(3).CheckedMulInt(ulong.MaxValue));
        Assert.Equal((Balance)15UL, FixedU128.FromInteger(3).SaturatingMulInt((Balance)5UL));
    }

    [Fact]
    public void Dividing_by_an_integer_truncates()
    {
        Assert.Equal(3u, FixedU128.FromInteger(10).CheckedDivInt(3u));
        Assert.Null(FixedU128.FromInteger(10).CheckedDivInt(0u));
        Assert.Throws<DivideByZeroException>(() => FixedU128.FromInteger(10).SaturatingDivInt(0u));
    }

    [Fact]
    public void Checked_multiplication_and_division()
    {
        FixedU128 oneAndAHalf = FixedU128.FromRational(3, 2);
        Assert.Equal(FixedU128.FromRational(9, 4), oneAndAHalf.CheckedMul(oneAndAHalf));
        Assert.Equal(UInt128.Parse("333333333333333333"), FixedU128.One.CheckedDiv(FixedU128.FromInteger(3))!.Value.Inner);
        Assert.Null(FixedU128.One.CheckedDiv(FixedU128.Zero));
        Assert.Null(FixedU128.MaxValue.CheckedMul(FixedU128.FromInteger(2)));
        Assert.Equal(FixedU128.MaxValue, FixedU128.MaxValue.SaturatingMul(FixedU128.FromInteger(2)));
        Assert.Throws<OverflowException>(() => FixedU128.MaxValue * FixedU128.FromInteger(2));
    }

    [Fact]
    public void Reciprocal_of_four_is_a_quarter_and_of_zero_is_none()
    {
        Assert.Equal(FixedU128.FromRational(1, 4), FixedU128.FromInteger(4).Reciprocal());
        Assert.Null(FixedU128.Zero.Reciprocal());
    }

    [Fact]
    public void SaturatingPow_multiplies_and_saturates()
    {
        Assert.Equal(FixedU128.FromInteger(1024), FixedU128.FromInteger(2).SaturatingPow(10));
        Assert.Equal(FixedU128.FromRational(9, 4), FixedU128.FromRational(3, 2).SaturatingPow(2));
        Assert.Equal(FixedU128.One, FixedU128.Zero.SaturatingPow(0));
        Assert.Equal(FixedU128.MaxValue, FixedU128.FromInteger(10).SaturatingPow(100));
    }

    [Theory]
    [InlineData(3, 2, 1, 2, 2)]      // 1.5
    [InlineData(5, 2, 2, 3, 3)]      // 2.5: round goes away from zero
    [InlineData(7, 5, 1, 2, 1)]      // 1.4
    [InlineData(4, 1, 4, 4, 4)]      // 4
    public void Floor_ceil_and_round(ulong n, ulong d, ulong floor, ulong ceil, ulong round)
    {
        FixedU128 value = FixedU128.FromRational(n, d);
        Assert.Equal(FixedU128.FromInteger(floor), value.Floor());
        Assert.Equal(FixedU128.FromInteger(ceil), value.Ceil());
        Assert.Equal(FixedU128.FromInteger(round), value.Round());
    }

    [Fact]
    public void Ceil_of_the_maximum_saturates_to_its_integer_part()
    {
        Assert.Equal(UInt128.MaxValue / Div * Div, FixedU128.MaxValue.Ceil().Inner);
    }

    [Fact]
    public void Display_is_the_inner_value_and_debug_shows_decimals()
    {
        Assert.Equal("1000000000000000000", FixedU128.One.ToString());
        Assert.Equal("FixedU128(1.500000000000000000)", FixedU128.FromRational(3, 2).ToDebugString());
        Assert.Equal("FixedU128(0.000000000000000001)", FixedU128.FromInner(1).ToDebugString());
    }

    [Fact]
    public void Saturating_add_and_sub()
    {
        Assert.Equal(FixedU128.MaxValue, FixedU128.MaxValue.SaturatingAdd(FixedU128.One));
        Assert.Equal(FixedU128.Zero, FixedU128.One.SaturatingSub(FixedU128.FromInteger(2)));
        Assert.Null(FixedU128.One.CheckedSub(FixedU128.FromInteger(2)));
    }
}
