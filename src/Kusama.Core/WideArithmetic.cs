namespace Kusama.Core;

/// <summary>Exact <c>a * b / c</c> over 128-bit operands with a 256-bit intermediate (sp-arithmetic's <c>helpers_128bit</c>).</summary>
internal static class WideArithmetic
{
    /// <summary>
    /// Computes <c>a * b / c</c> rounded as asked; false when <paramref name="c"/> is zero or the result does not fit in 128 bits.
    /// </summary>
    public static bool TryMultiplyByRational(UInt128 a, UInt128 b, UInt128 c, Rounding rounding, out UInt128 result)
    {
        result = UInt128.Zero;
        if (c == UInt128.Zero)
            return false;

        UInt128 high = UInt128.BigMul(a, b, out UInt128 low);
        UInt128 quotient, remainder;
        if (high == UInt128.Zero)
        {
            (quotient, remainder) = UInt128.DivRem(low, c);
        }
        else
        {
            // The quotient needs more than 128 bits exactly when the high half is at least the divisor.
            if (high >= c)
                return false;
            (quotient, remainder) = DivideWide(high, low, c);
        }

        bool roundUp = rounding switch
        {
            Rounding.Up => remainder != UInt128.Zero,
            // Written as c/2 + c%2 rather than (c+1)/2 so that c = u128::MAX cannot overflow.
            Rounding.NearestPrefUp => remainder >= c / 2 + c % 2,
            Rounding.NearestPrefDown => remainder > c / 2,
            _ => false,
        };
        if (roundUp)
        {
            if (quotient == UInt128.MaxValue)
                return false;
            quotient++;
        }
        result = quotient;
        return true;
    }

    /// <summary>Saturating 128-bit multiplication.</summary>
    public static UInt128 SaturatingMultiply(UInt128 a, UInt128 b)
    {
        UInt128 high = UInt128.BigMul(a, b, out UInt128 low);
        return high == UInt128.Zero ? low : UInt128.MaxValue;
    }

    /// <summary>Saturating 128-bit addition.</summary>
    public static UInt128 SaturatingAdd(UInt128 a, UInt128 b)
    {
        UInt128 sum = a + b;
        return sum < a ? UInt128.MaxValue : sum;
    }

    // Restoring long division of (high:low) by divisor, given high < divisor so the quotient fits in 128 bits.
    private static (UInt128 Quotient, UInt128 Remainder) DivideWide(UInt128 high, UInt128 low, UInt128 divisor)
    {
        UInt128 remainder = high;
        UInt128 quotient = UInt128.Zero;
        for (int i = 127; i >= 0; i--)
        {
            bool carry = (remainder >> 127) != UInt128.Zero;
            remainder = (remainder << 1) | ((low >> i) & UInt128.One);
            quotient <<= 1;
            // With a carry the true value is at least 2^128 > divisor; wrapping subtraction still yields the right remainder.
            if (carry || remainder >= divisor)
            {
                remainder -= divisor;
                quotient |= UInt128.One;
            }
        }
        return (quotient, remainder);
    }
}
