namespace Kusama.Core.Tests;

public class ValueTypeTests
{
    [Fact]
    public void Balance_checked_operations_return_null_on_overflow()
    {
        Assert.Null(Balance.MaxValue.CheckedAdd(1UL));
        Assert.Null(((Balance)1UL).CheckedSub(2UL));
        Assert.Null(Balance.MaxValue.CheckedMul(2UL));
        Assert.Null(((Balance)1UL).CheckedDiv(Balance.Zero));
        Assert.Equal((Balance)3UL, ((Balance)1UL).CheckedAdd(2UL));
    }

    [Fact]
    public void Balance_saturating_operations_clamp()
    {
        Assert.Equal(Balance.MaxValue, Balance.MaxValue.SaturatingAdd(1UL));
        Assert.Equal(Balance.Zero, ((Balance)1UL).SaturatingSub(2UL));
        Assert.Equal(Balance.MaxValue, Balance.MaxValue.SaturatingMul(2UL));
    }

    [Fact]
    public void Balance_operators_throw_on_overflow()
    {
        Assert.Throws<OverflowException>(() => Balance.MaxValue + 1UL);
        Assert.Throws<OverflowException>(() => (Balance)1UL - 2UL);
        Assert.Equal("340282366920938463463374607431768211455", Balance.MaxValue.ToString());
    }

    [Fact]
    public void BlockNumber_arithmetic()
    {
        BlockNumber n = 10u;
        Assert.Equal((BlockNumber)15u, n + 5);
        Assert.Equal(5u, (BlockNumber)15u - n);
        Assert.Equal(BlockNumber.MaxValue, BlockNumber.MaxValue.SaturatingAdd(1));
        Assert.Null(BlockNumber.Zero.CheckedSub(1));
        Assert.Throws<OverflowException>(() => BlockNumber.MaxValue + 1);
    }

    [Fact]
    public void Weight_saturates_and_checks_per_dimension()
    {
        Weight a = Weight.FromParts(10, ulong.MaxValue);
        Assert.Equal(Weight.FromParts(11, ulong.MaxValue), a.SaturatingAdd(Weight.FromParts(1, 1)));
        Assert.Null(a.CheckedAdd(Weight.FromParts(1, 1)));
        Assert.Equal(Weight.FromParts(0, ulong.MaxValue - 1), a.SaturatingSub(Weight.FromParts(20, 1)));
        Assert.Null(a.CheckedSub(Weight.FromParts(20, 1)));
        Assert.Equal(Weight.FromParts(20, ulong.MaxValue), a.SaturatingMul(2));
        Assert.Null(a.CheckedMul(2));
        Assert.Equal(Weight.FromParts(5, ulong.MaxValue / 2), a.CheckedDiv(2));
        Assert.Null(a.CheckedDiv(0));
    }

    [Fact]
    public void Weight_comparisons_are_per_dimension()
    {
        Weight limit = Weight.FromParts(100, 100);
        Assert.True(Weight.FromParts(101, 0).AnyGt(limit));
        Assert.False(Weight.FromParts(101, 0).AllGt(limit));
        Assert.True(Weight.FromParts(100, 100).AllLte(limit));
        Assert.False(Weight.FromParts(100, 101).AllLte(limit));
        Assert.Equal(Weight.FromParts(1, 5), Weight.FromParts(1, 9).Min(Weight.FromParts(3, 5)));
        Assert.Equal(Weight.FromParts(3, 9), Weight.FromParts(1, 9).Max(Weight.FromParts(3, 5)));
        Assert.Null(Weight.FromParts(60, 10).TryAdd(Weight.FromParts(50, 10), limit));
        Assert.Equal(Weight.FromParts(90, 20), Weight.FromParts(40, 10).TryAdd(Weight.FromParts(50, 10), limit));
        Assert.Equal("Weight(ref_time: 1, proof_size: 2)", Weight.FromParts(1, 2).ToString());
    }

    [Fact]
    public void Wide_multiply_by_rational_matches_sp_arithmetic_tests()
    {
        // helpers_128bit tests: MAX % 7 == 3, so MAX * 5 / 7 = MAX / 7 * 5 + 3 * 5 / 7.
        Assert.True(WideArithmetic.TryMultiplyByRational(UInt128.MaxValue, 5, 7, Rounding.Down, out UInt128 r1));
        Assert.Equal(UInt128.MaxValue / 7 * 5 + 3 * 5 / 7, r1);
        // MAX % 1000 == 455.
        Assert.True(WideArithmetic.TryMultiplyByRational(UInt128.MaxValue, 555, 1000, Rounding.Down, out UInt128 r2));
        Assert.Equal(UInt128.MaxValue / 1000 * 555 + 455 * 555 / 1000, r2);
        Assert.True(WideArithmetic.TryMultiplyByRational(UInt128.MaxValue, UInt128.MaxValue, UInt128.MaxValue, Rounding.Up, out UInt128 r3));
        Assert.Equal(UInt128.MaxValue, r3);
        Assert.False(WideArithmetic.TryMultiplyByRational(UInt128.MaxValue, 2, 1, Rounding.Down, out _));
        Assert.False(WideArithmetic.TryMultiplyByRational(1, 1, 0, Rounding.Down, out _));
    }

    [Fact]
    public void Option_and_Result_compare_by_value()
    {
        Assert.Equal(Option<int>.Some(3), Option<int>.Some(3));
        Assert.NotEqual(Option<int>.Some(0), Option<int>.None);
        Assert.Throws<InvalidOperationException>(() => Option<int>.None.Value);
        Assert.Equal(Result<int, string>.Err("x"), Result<int, string>.Err("x"));
        Assert.NotEqual(Result<int, int>.Ok(1), Result<int, int>.Err(1));
        Assert.Throws<InvalidOperationException>(() => Result<int, string>.Ok(1).ErrValue);
    }
}
