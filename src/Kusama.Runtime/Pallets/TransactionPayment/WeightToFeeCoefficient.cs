using Kusama.Core;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>One term of a fee polynomial (sp-weights' <c>WeightToFeeCoefficient</c>): <c>(coeff_integer + coeff_frac) · x^degree</c>, added or subtracted.</summary>
public readonly record struct WeightToFeeCoefficient(UInt128 CoeffInteger, Perbill CoeffFrac, bool Negative, byte Degree)
{
    /// <summary><c>saturating_eval</c>: folds this term, evaluated at <paramref name="x"/>, into <paramref name="result"/>.</summary>
    public UInt128 SaturatingEval(UInt128 result, UInt128 x)
    {
        UInt128 power = SaturatingPow(x, Degree);
        // Perbill × N rounds to nearest (halves down) and cannot overflow; the integer part saturates.
        UInt128 frac = CoeffFrac.MulNearest(power);
        UInt128 integer = SaturatingMul(CoeffInteger, power);
        // Two separate saturating steps, as upstream does, so a negative term cannot underflow through their sum.
        if (Negative)
        {
            result = SaturatingSub(result, frac);
            return SaturatingSub(result, integer);
        }
        result = SaturatingAdd(result, frac);
        return SaturatingAdd(result, integer);
    }

    private static UInt128 SaturatingPow(UInt128 x, byte exponent)
    {
        UInt128 result = UInt128.One;
        for (int i = 0; i < exponent; i++)
        {
            result = SaturatingMul(result, x);
            if (result == UInt128.MaxValue)
                break;
        }
        return result;
    }

    private static UInt128 SaturatingMul(UInt128 a, UInt128 b) =>
        UInt128.BigMul(a, b, out UInt128 low) == UInt128.Zero ? low : UInt128.MaxValue;

    private static UInt128 SaturatingAdd(UInt128 a, UInt128 b)
    {
        UInt128 sum = a + b;
        return sum < a ? UInt128.MaxValue : sum;
    }

    private static UInt128 SaturatingSub(UInt128 a, UInt128 b) => a > b ? a - b : UInt128.Zero;
}
