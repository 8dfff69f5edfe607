using System.Numerics;

namespace Kusama.Core;

/// <summary>An unsigned decimal fixed-point number with 18 decimals (sp-arithmetic's <c>FixedU128</c>, <c>DIV = 10^18</c>).</summary>
public readonly struct FixedU128 : IEquatable<FixedU128>, IComparable<FixedU128>
{
    /// <summary>The inner value that represents one (<c>DIV</c>).</summary>
    public static UInt128 Div => 1_000_000_000_000_000_000UL;

    private readonly UInt128 _inner;

    private FixedU128(UInt128 inner) => _inner = inner;

    public static FixedU128 Zero => default;

    public static FixedU128 One => new(Div);

    public static FixedU128 MaxValue => new(UInt128.MaxValue);

    /// <summary>The raw value, in units of 10^-18 (<c>into_inner</c>).</summary>
    public UInt128 Inner => _inner;

    public bool IsZero => _inner == UInt128.Zero;

    /// <summary>From the raw value in units of 10^-18 (<c>from_inner</c>).</summary>
    public static FixedU128 FromInner(UInt128 inner) => new(inner);

    /// <summary><c>saturating_from_integer</c>: <c>n</c>, saturating the raw value at u128::MAX.</summary>
    public static FixedU128 FromInteger(UInt128 n) => new(WideArithmetic.SaturatingMultiply(n, Div));

    /// <summary><c>checked_from_integer</c>: <c>n</c>, or null when it exceeds the range.</summary>
    public static FixedU128? CheckedFromInteger(UInt128 n)
    {
        UInt128 high = UInt128.BigMul(n, Div, out UInt128 low);
        return high == UInt128.Zero ? new FixedU128(low) : null;
    }

    /// <summary><c>from_rational</c>: <c>a / b</c> rounded to nearest, halves down.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient exceeds the range.</exception>
    public static FixedU128 FromRational(UInt128 a, UInt128 b) => FromRational(a, b, Rounding.NearestPrefDown);

    /// <summary><c>from_rational_with_rounding</c>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient exceeds the range.</exception>
    public static FixedU128 FromRational(UInt128 a, UInt128 b, Rounding rounding)
    {
        if (b == UInt128.Zero)
            throw new DivideByZeroException("FixedU128.FromRational: the denominator is zero");
        if (!WideArithmetic.TryMultiplyByRational(Div, a, b, rounding, out UInt128 inner))
            throw new OverflowException($"FixedU128.FromRational: {a}/{b} exceeds the range");
        return new FixedU128(inner);
    }

    /// <summary><c>checked_from_rational</c>: <c>n / d</c> rounded down, or null when <paramref name="d"/> is zero or the quotient overflows.</summary>
    public static FixedU128? CheckedFromRational(UInt128 n, UInt128 d) =>
        WideArithmetic.TryMultiplyByRational(n, Div, d, Rounding.Down, out UInt128 inner) ? new FixedU128(inner) : null;

    /// <summary><c>saturating_from_rational</c>: <c>n / d</c> rounded down, saturating at <see cref="MaxValue"/>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="d"/> is zero.</exception>
    public static FixedU128 SaturatingFromRational(UInt128 n, UInt128 d)
    {
        if (d == UInt128.Zero)
            throw new DivideByZeroException("FixedU128.SaturatingFromRational: the denominator is zero");
        return CheckedFromRational(n, d) ?? MaxValue;
    }

    /// <summary>From a per-thing ratio, exactly (<c>From&lt;P: PerThing&gt;</c>).</summary>
    public static FixedU128 FromPerbill(Perbill ratio) => SaturatingFromRational(ratio.Parts, Perbill.Accuracy);

    /// <summary><c>checked_mul_int</c>: <c>this * n</c> rounded down, or null when the result does not fit in <typeparamref name="T"/>.</summary>
    public T? CheckedMulInt<T>(T n) where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T>
    {
        if (!WideArithmetic.TryMultiplyByRational(_inner, UInt128.CreateTruncating(n), Div, Rounding.Down, out UInt128 product)
            || product > UInt128.CreateTruncating(T.MaxValue))
            return null;
        return T.CreateTruncating(product);
    }

    /// <summary><c>saturating_mul_int</c>: <c>this * n</c> rounded down, saturating at the type's maximum.</summary>
    public T SaturatingMulInt<T>(T n) where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
        CheckedMulInt(n) ?? T.MaxValue;

    /// <summary><c>saturating_mul_acc_int</c>: <c>this * n + n</c>, saturating.</summary>
    public T SaturatingMulAccInt<T>(T n) where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T>
    {
        T product = SaturatingMulInt(n);
        return product > T.MaxValue - n ? T.MaxValue : product + n;
    }

    public Balance SaturatingMulInt(Balance n) => new(SaturatingMulInt(n.Value));

    /// <summary><c>checked_div_int</c>: <c>this / d</c> rounded down to an integer, or null when <paramref name="d"/> is zero or the result does not fit.</summary>
    public T? CheckedDivInt<T>(T d) where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T>
    {
        UInt128 divisor = UInt128.CreateTruncating(d);
        if (divisor == UInt128.Zero)
            return null;
        // sp-arithmetic divides by d first, then by DIV; the order matters for rounding.
        UInt128 quotient = _inner / divisor / Div;
        return quotient > UInt128.CreateTruncating(T.MaxValue) ? null : T.CreateTruncating(quotient);
    }

    /// <summary><c>saturating_div_int</c>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="d"/> is zero.</exception>
    public T SaturatingDivInt<T>(T d) where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T>
    {
        if (d == T.Zero)
            throw new DivideByZeroException("FixedU128.SaturatingDivInt: the divisor is zero");
        return CheckedDivInt(d) ?? T.MaxValue;
    }

    public FixedU128? CheckedAdd(FixedU128 other)
    {
        UInt128 sum = _inner + other._inner;
        return sum < _inner ? null : new FixedU128(sum);
    }

    public FixedU128? CheckedSub(FixedU128 other) => other._inner > _inner ? null : new FixedU128(_inner - other._inner);

    /// <summary><c>checked_mul</c>: the product rounded down, or null on overflow.</summary>
    public FixedU128? CheckedMul(FixedU128 other) =>
        WideArithmetic.TryMultiplyByRational(_inner, other._inner, Div, Rounding.Down, out UInt128 inner) ? new FixedU128(inner) : null;

    /// <summary><c>checked_div</c>: the quotient rounded down, or null when dividing by zero or on overflow.</summary>
    public FixedU128? CheckedDiv(FixedU128 other) =>
        WideArithmetic.TryMultiplyByRational(_inner, Div, other._inner, Rounding.Down, out UInt128 inner) ? new FixedU128(inner) : null;

    public FixedU128 SaturatingAdd(FixedU128 other) => new(WideArithmetic.SaturatingAdd(_inner, other._inner));

    public FixedU128 SaturatingSub(FixedU128 other) => new(_inner > other._inner ? _inner - other._inner : UInt128.Zero);

    public FixedU128 SaturatingMul(FixedU128 other) => CheckedMul(other) ?? MaxValue;

    /// <summary><c>saturating_pow</c>: binary exponentiation with saturating multiplication, in sp-arithmetic's order.</summary>
    public FixedU128 SaturatingPow(uint exponent)
    {
        if (exponent == 0)
            return One;
        FixedU128 result = One;
        FixedU128 power = this;
        int bits = 32 - BitOperations.LeadingZeroCount(exponent);
        for (int i = 0; i < bits; i++)
        {
            if ((exponent & (1u << i)) != 0)
                result = result.SaturatingMul(power);
            power = power.SaturatingMul(power);
        }
        return result;
    }

    /// <summary><c>reciprocal</c>: <c>1 / this</c> rounded down, or null for zero.</summary>
    public FixedU128? Reciprocal() => One.CheckedDiv(this);

    /// <summary>The integer part.</summary>
    public FixedU128 Trunc() => new(_inner / Div * Div);

    /// <summary>The fractional part.</summary>
    public FixedU128 Frac() => new(_inner % Div);

    /// <summary>The largest integer not above this value.</summary>
    public FixedU128 Floor() => Trunc();

    /// <summary>The smallest integer not below this value; saturates to the truncated maximum.</summary>
    public FixedU128 Ceil() => Frac().IsZero ? this : SaturatingAdd(One).Trunc();

    /// <summary>The nearest integer, halves away from zero; saturates to the truncated maximum.</summary>
    public FixedU128 Round() => _inner % Div < Div / 2 ? Trunc() : SaturatingAdd(One).Trunc();

    /// <exception cref="OverflowException">The sum exceeds the range.</exception>
    public static FixedU128 operator +(FixedU128 left, FixedU128 right) => new(checked(left._inner + right._inner));

    /// <exception cref="OverflowException">The result would be negative.</exception>
    public static FixedU128 operator -(FixedU128 left, FixedU128 right) => new(checked(left._inner - right._inner));

    /// <exception cref="OverflowException">The product exceeds the range.</exception>
    public static FixedU128 operator *(FixedU128 left, FixedU128 right) =>
        left.CheckedMul(right) ?? throw new OverflowException("FixedU128 multiplication overflowed");

    /// <exception cref="DivideByZeroException">The divisor is zero.</exception>
    /// <exception cref="OverflowException">The quotient exceeds the range.</exception>
    public static FixedU128 operator /(FixedU128 left, FixedU128 right)
    {
        if (right.IsZero)
            throw new DivideByZeroException("FixedU128 division by zero");
        return left.CheckedDiv(right) ?? throw new OverflowException("FixedU128 division overflowed");
    }

    public static bool operator ==(FixedU128 left, FixedU128 right) => left._inner == right._inner;

    public static bool operator !=(FixedU128 left, FixedU128 right) => left._inner != right._inner;

    public static bool operator <(FixedU128 left, FixedU128 right) => left._inner < right._inner;

    public static bool operator >(FixedU128 left, FixedU128 right) => left._inner > right._inner;

    public static bool operator <=(FixedU128 left, FixedU128 right) => left._inner <= right._inner;

    public static bool operator >=(FixedU128 left, FixedU128 right) => left._inner >= right._inner;

    public bool Equals(FixedU128 other) => _inner == other._inner;

    public override bool Equals(object? obj) => obj is FixedU128 other && Equals(other);

    public override int GetHashCode() => _inner.GetHashCode();

    public int CompareTo(FixedU128 other) => _inner.CompareTo(other._inner);

    /// <summary>sp-arithmetic's <c>Display</c>: the raw inner integer (which is also its serde form).</summary>
    public override string ToString() => _inner.ToString();

    /// <summary>sp-arithmetic's <c>Debug</c>: <c>FixedU128(1.500000000000000000)</c>.</summary>
    public string ToDebugString() => $"FixedU128({_inner / Div}.{(ulong)(_inner % Div):D18})";
}
