using System.Numerics;
using Kusama.Core;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

public class WeightToFeePolynomialTests
{
    // sp-weights tests' `Poly`: 0.5x^3 + 2.333x^2 + 7x - 10_000 (Perbill::from_float(0.5) is exactly 500,000,000 parts).
    private static readonly WeightToFeePolynomial Poly = new(
        new WeightToFeeCoefficient(0, Perbill.FromParts(500_000_000), Negative: false, Degree: 3),
        new WeightToFeeCoefficient(2, Perbill.FromRational(1, 3), Negative: false, Degree: 2),
        new WeightToFeeCoefficient(7, Perbill.Zero, Negative: false, Degree: 1),
        new WeightToFeeCoefficient(10_000, Perbill.Zero, Negative: true, Degree: 0));

    [Theory] // sp-weights `polynomial_works` and `polynomial_does_not_underflow`
    [InlineData(100UL, "514033")]
    [InlineData(10_123UL, "518917034928")]
    [InlineData(0UL, "0")]
    [InlineData(10UL, "0")]
    public void Polynomial_matches_sp_weights_tests(ulong refTime, string expected) =>
        Assert.Equal(UInt128.Parse(expected), Poly.WeightToFee(new Weight(refTime, 0)).Value);

    [Fact] // sp-weights `polynomial_does_not_overflow`, with Kusama's u128 balance in place of the test's u64
    public void Polynomial_saturates_instead_of_overflowing()
    {
        // x^3 and x^2 of u64::MAX overflow u128, so every positive term saturates and only the constant is taken off.
        Assert.True(BigInteger.Pow(ulong.MaxValue, 3) > (BigInteger)UInt128.MaxValue);
        Assert.Equal(UInt128.MaxValue - 10_000, Poly.WeightToFee(Weight.MaxValue).Value);
    }

    [Fact]
    public void Only_ref_time_is_priced() =>
        Assert.Equal(Poly.WeightToFee(new Weight(100, 0)), Poly.WeightToFee(new Weight(100, ulong.MaxValue)));

    [Fact]
    public void Kusama_coefficient_is_cents_over_ten_base_weights_split_into_integer_and_perbill()
    {
        var term = Assert.Single(KusamaFees.WeightToFee.Coefficients.ToArray());
        BigInteger p = KusamaConstants.Cents, q = 10 * (BigInteger)124_706_000;
        Assert.Equal((UInt128)(p / q), term.CoeffInteger);
        Assert.Equal((uint)(p % q * 1_000_000_000 / q), term.CoeffFrac.Parts);
        Assert.Equal(267_295_345u, term.CoeffFrac.Parts); // ≈ 0.2672953 planck per ref_time unit (kusama-runtime.md App. A)
        Assert.Equal((byte)1, term.Degree);
        Assert.False(term.Negative);
    }

    [Fact] // polkadot-fellows relay/kusama/constants `extrinsic_base_fee_is_correct`
    public void Kusama_extrinsic_base_weight_costs_a_tenth_of_a_cent()
    {
        UInt128 x = KusamaFees.WeightToFee.WeightToFee(KusamaFees.ExtrinsicBaseWeight).Value;
        UInt128 y = KusamaConstants.Cents / 10;
        Assert.True(UInt128.Max(x, y) - UInt128.Min(x, y) < KusamaConstants.MilliCents);
        Assert.Equal(y, x);
    }

    [Fact] // polkadot-fellows relay/kusama/constants `full_block_fee_is_correct`
    public void Kusama_full_block_costs_about_half_a_ksm()
    {
        UInt128 fullBlock = KusamaFees.WeightToFee.WeightToFee(new Weight(2_000_000_000_000, ulong.MaxValue)).Value;
        Assert.True(fullBlock >= 1_000 * (UInt128)KusamaConstants.Cents);
        Assert.True(fullBlock <= 10_000 * (UInt128)KusamaConstants.Cents);
        // ≈ 0.5346 KSM (kusama-runtime.md §1.1); exactly 2e12 × 267,295,345 / 10^9, rounded to nearest.
        Assert.Equal(NearestPerbillProduct(267_295_345, 2_000_000_000_000), fullBlock);
        Assert.InRange((double)fullBlock / KusamaConstants.Units, 0.5345, 0.5347);
    }

    [Fact]
    public void Kusama_length_fee_is_3_333_330_planck_per_byte()
    {
        Assert.Equal(3_333_330UL, KusamaFees.TransactionByteFee);
        Assert.Equal((UInt128)150 * 3_333_330, KusamaFees.LengthToFee.WeightToFee(new Weight(150, 0)).Value);
    }

    [Fact] // sp-weights `constant_fee_works`
    public void Constant_multiplier_multiplies_and_saturates()
    {
        Assert.Equal(UInt128.Zero, new ConstantMultiplier(100UL).WeightToFee(Weight.Zero).Value);
        Assert.Equal((UInt128)500, new ConstantMultiplier(10UL).WeightToFee(new Weight(50, 0)).Value);
        Assert.Equal((UInt128)16384, new ConstantMultiplier(1024UL).WeightToFee(new Weight(16, 0)).Value);
        Assert.Equal(UInt128.MaxValue, new ConstantMultiplier(Balance.MaxValue).WeightToFee(new Weight(2, 0)).Value);
    }

    private static UInt128 NearestPerbillProduct(uint parts, ulong x)
    {
        BigInteger quotient = BigInteger.DivRem((BigInteger)x * parts, 1_000_000_000, out BigInteger remainder);
        return (UInt128)(remainder > 500_000_000 ? quotient + 1 : quotient);
    }
}
