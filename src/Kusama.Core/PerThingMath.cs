namespace Kusama.Core;

/// <summary>The integer arithmetic behind <see cref="PerThing"/>, as sp-arithmetic's <c>PerThing</c> defines it.</summary>
internal static class PerThingMath
{
    // Accuracies are at most 10^18, so products of two values below the accuracy stay below 10^36 < 2^128.

    /// <summary><c>overflow_prune_mul</c>: <c>x * part / accuracy</c> without overflowing, rounding the lost remainder as asked.</summary>
    public static UInt128 OverflowPruneMul(UInt128 x, ulong part, ulong accuracy, Rounding rounding) =>
        x / accuracy * part + RationalMulCorrection(x % accuracy, part, accuracy, rounding);

    /// <summary><c>saturating_reciprocal_mul</c>: <c>x * accuracy / part</c>, saturating at <paramref name="max"/>.</summary>
    public static UInt128 SaturatingReciprocalMul(UInt128 x, ulong part, ulong accuracy, Rounding rounding, UInt128 max)
    {
        if (part == 0)
            throw new DivideByZeroException("reciprocal multiplication by a zero per-thing");
        UInt128 correction = RationalMulCorrection(x % part, accuracy, part, rounding);
        UInt128 whole = x / part;
        if (whole > max / accuracy)
            return max;
        UInt128 product = whole * accuracy;
        return product > max - correction ? max : product + correction;
    }

    /// <summary><c>from_rational_with_rounding</c>: false when <paramref name="q"/> is zero or <paramref name="p"/> exceeds it.</summary>
    public static bool TryFromRational(UInt128 p, UInt128 q, Rounding rounding, ulong accuracy, out ulong parts)
    {
        parts = 0;
        if (q == UInt128.Zero || p > q)
            return false;
        if (!WideArithmetic.TryMultiplyByRational(accuracy, p, q, rounding, out UInt128 result))
            return false;
        parts = (ulong)result;
        return true;
    }

    /// <summary><c>square</c>: <c>from_rational(p², accuracy²)</c>, which rounds down.</summary>
    public static ulong Square(ulong parts, ulong accuracy) =>
        (ulong)((UInt128)parts * parts / accuracy);

    /// <summary>The per-thing product: <c>a * b / accuracy</c>, rounded down.</summary>
    public static ulong Multiply(ulong a, ulong b, ulong accuracy) =>
        (ulong)((UInt128)a * b / accuracy);

    /// <summary><c>Pow&lt;usize&gt;</c>: square-and-multiply exactly as sp-arithmetic orders it, so intermediate rounding matches.</summary>
    public static ulong Pow(ulong parts, ulong accuracy, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        if (exponent == 0 || parts == accuracy)
            return accuracy;
        ulong result = parts;
        ulong power = parts;
        int remaining = exponent - 1;
        while (remaining > 0 && result != 0)
        {
            if ((remaining & 1) != 0)
            {
                result = Multiply(result, power, accuracy);
                remaining--;
            }
            power = Square(power, accuracy);
            remaining /= 2;
        }
        return result;
    }

    /// <summary>The remainder correction of <c>rational_mul_correction</c>: <c>rem * numer / denom</c> rounded as asked.</summary>
    private static UInt128 RationalMulCorrection(UInt128 rem, ulong numer, ulong denom, Rounding rounding)
    {
        UInt128 product = rem * numer;
        (UInt128 quotient, UInt128 remainder) = UInt128.DivRem(product, denom);
        bool roundUp = rounding switch
        {
            Rounding.Up => remainder != 0,
            Rounding.NearestPrefDown => remainder > denom / 2,
            Rounding.NearestPrefUp => remainder >= denom / 2 + denom % 2,
            _ => false,
        };
        return roundUp ? quotient + 1 : quotient;
    }

    /// <summary>The <c>Debug</c> form of a power-of-ten per-thing: exact percent with trailing zeros trimmed, e.g. <c>12.5%</c>.</summary>
    public static string Format(ulong parts, ulong accuracy)
    {
        ulong divisor = accuracy / 100;
        ulong units = parts / divisor;
        ulong rest = parts % divisor;
        if (rest == 0)
            return $"{units}%";
        var text = new System.Text.StringBuilder();
        text.Append(units).Append('.');
        ulong m = divisor;
        while (rest % m > 0)
        {
            m /= 10;
            text.Append((char)('0' + rest / m % 10));
        }
        return text.Append('%').ToString();
    }
}
