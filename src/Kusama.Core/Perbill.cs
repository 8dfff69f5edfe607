using System.Numerics;

namespace Kusama.Core;

/// <summary>A ratio in [0, 1] counted in parts per billion (u32) (sp-arithmetic's <c>Perbill</c>); every operation saturates instead of overflowing.</summary>
public readonly struct Perbill : IEquatable<Perbill>, IComparable<Perbill>
{
    /// <summary>The number of parts that make one whole.</summary>
    public const uint Accuracy = 1_000_000_000;

    private readonly uint _parts;

    private Perbill(uint parts) => _parts = parts;

    /// <summary>Nothing: zero parts.</summary>
    public static Perbill Zero => default;

    /// <summary>Everything: <see cref="Accuracy"/> parts.</summary>
    public static Perbill One => new(Accuracy);

    /// <summary>The number of parts (sp-arithmetic's <c>deconstruct</c>); never above <see cref="Accuracy"/>.</summary>
    public uint Parts => _parts;

    public bool IsZero => _parts == 0;

    public bool IsOne => _parts == Accuracy;

    /// <summary>From a number of parts, clamped to <see cref="Accuracy"/>.</summary>
    public static Perbill FromParts(uint parts) => new(Math.Min(parts, Accuracy));

    /// <summary>From a percentage, clamped to 100.</summary>
    public static Perbill FromPercent(uint percent) => new((uint)(Math.Min(percent, (uint)100) * (Accuracy / 100)));

    /// <summary><c>from_rational</c>: <c>p / q</c> rounded down; one when <paramref name="q"/> is zero or <paramref name="p"/> &gt; <paramref name="q"/>.</summary>
    public static Perbill FromRational(UInt128 p, UInt128 q) =>
        TryFromRational(p, q, Rounding.Down, out Perbill value) ? value : One;

    /// <summary><c>from_rational_with_rounding</c>: false when <paramref name="q"/> is zero or <paramref name="p"/> &gt; <paramref name="q"/>.</summary>
    public static bool TryFromRational(UInt128 p, UInt128 q, Rounding rounding, out Perbill value)
    {
        bool ok = PerThingMath.TryFromRational(p, q, rounding, Accuracy, out ulong parts);
        value = new((uint)parts);
        return ok;
    }

    /// <summary><c>saturating_div</c>: <c>this / divisor</c> with the given rounding, saturating at one.</summary>
    public Perbill SaturatingDiv(Perbill divisor, Rounding rounding) =>
        TryFromRational(_parts, divisor._parts, rounding, out Perbill value) ? value : One;

    /// <summary>This value times itself, rounded down.</summary>
    public Perbill Square() => new((uint)PerThingMath.Square(_parts, Accuracy));

    /// <summary><c>left_from_one</c>: the complement <c>1 - this</c>.</summary>
    public Perbill LeftFromOne() => new(Accuracy - _parts);

    public Perbill SaturatingAdd(Perbill other) => FromParts((uint)Math.Min((ulong)_parts + other._parts, Accuracy));

    public Perbill SaturatingSub(Perbill other) => new(_parts > other._parts ? (uint)(_parts - other._parts) : (uint)0);

    /// <summary>The product of two ratios, rounded down (sp-arithmetic's <c>Mul</c> and <c>saturating_mul</c>).</summary>
    public Perbill SaturatingMul(Perbill other) => this * other;

    /// <summary><c>saturating_pow</c>: repeated multiplication, each step rounding down as sp-arithmetic does.</summary>
    public Perbill SaturatingPow(int exponent) => new((uint)PerThingMath.Pow(_parts, Accuracy, exponent));

    /// <summary><c>mul_floor</c>: <c>value * this</c> rounded down.</summary>
    public T MulFloor<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T> =>
        T.CreateTruncating(PerThingMath.OverflowPruneMul(UInt128.CreateTruncating(value), _parts, Accuracy, Rounding.Down));

    /// <summary><c>mul_ceil</c>: <c>value * this</c> rounded up.</summary>
    public T MulCeil<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T> =>
        T.CreateTruncating(PerThingMath.OverflowPruneMul(UInt128.CreateTruncating(value), _parts, Accuracy, Rounding.Up));

    /// <summary><c>value * this</c> rounded to nearest, halves down: what sp-arithmetic's <c>Mul&lt;N&gt;</c> (the <c>*</c> operator) does.</summary>
    public T MulNearest<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T> =>
        T.CreateTruncating(PerThingMath.OverflowPruneMul(UInt128.CreateTruncating(value), _parts, Accuracy, Rounding.NearestPrefDown));

    public Balance MulFloor(Balance value) => new(MulFloor(value.Value));

    public Balance MulCeil(Balance value) => new(MulCeil(value.Value));

    /// <summary><c>saturating_reciprocal_mul</c>: <c>value / this</c> rounded to nearest (halves up), saturating at the type's maximum.</summary>
    /// <exception cref="DivideByZeroException">This ratio is zero.</exception>
    public T SaturatingReciprocalMul<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
        ReciprocalMul(value, Rounding.NearestPrefUp);

    /// <summary><c>saturating_reciprocal_mul_floor</c>: <c>value / this</c> rounded down, saturating.</summary>
    /// <exception cref="DivideByZeroException">This ratio is zero.</exception>
    public T SaturatingReciprocalMulFloor<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
        ReciprocalMul(value, Rounding.Down);

    /// <summary><c>saturating_reciprocal_mul_ceil</c>: <c>value / this</c> rounded up, saturating.</summary>
    /// <exception cref="DivideByZeroException">This ratio is zero.</exception>
    public T SaturatingReciprocalMulCeil<T>(T value) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
        ReciprocalMul(value, Rounding.Up);

    public Balance SaturatingReciprocalMul(Balance value) => new(SaturatingReciprocalMul(value.Value));

    private T ReciprocalMul<T>(T value, Rounding rounding) where T : IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T> =>
        T.CreateTruncating(PerThingMath.SaturatingReciprocalMul(
            UInt128.CreateTruncating(value), _parts, Accuracy, rounding, UInt128.CreateTruncating(T.MaxValue)));

    public static Perbill operator *(Perbill left, Perbill right) =>
        new((uint)PerThingMath.Multiply(left._parts, right._parts, Accuracy));

    /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
    public static uint operator *(Perbill ratio, uint value) => ratio.MulNearest(value);

    /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
    public static ulong operator *(Perbill ratio, ulong value) => ratio.MulNearest(value);

    /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
    public static UInt128 operator *(Perbill ratio, UInt128 value) => ratio.MulNearest(value);

    /// <summary>sp-arithmetic's <c>Mul&lt;N&gt;</c>: rounds to nearest, halves down.</summary>
    public static Balance operator *(Perbill ratio, Balance value) => new(ratio.MulNearest(value.Value));

    public static bool operator ==(Perbill left, Perbill right) => left._parts == right._parts;

    public static bool operator !=(Perbill left, Perbill right) => left._parts != right._parts;

    public static bool operator <(Perbill left, Perbill right) => left._parts < right._parts;

    public static bool operator >(Perbill left, Perbill right) => left._parts > right._parts;

    public static bool operator <=(Perbill left, Perbill right) => left._parts <= right._parts;

    public static bool operator >=(Perbill left, Perbill right) => left._parts >= right._parts;

    public bool Equals(Perbill other) => _parts == other._parts;

    public override bool Equals(object? obj) => obj is Perbill other && Equals(other);

    public override int GetHashCode() => _parts.GetHashCode();

    public int CompareTo(Perbill other) => _parts.CompareTo(other._parts);

    /// <summary>sp-arithmetic's <c>Debug</c> form: an exact percentage such as <c>12.5%</c>.</summary>
    public override string ToString() => PerThingMath.Format(_parts, Accuracy);
}
