namespace Kusama.Core;

/// <summary>An amount of the native token in plancks (Kusama's <c>Balance = u128</c>).</summary>
/// <remarks>
/// A distinct type rather than bare <see cref="UInt128"/>: pallet code cannot mix a balance up with a block number or a
/// weight, and the FRAME vocabulary (<c>saturating_add</c>, <c>checked_sub</c>) is on the value. It is a zero-cost
/// wrapper. The operators are checked and throw <see cref="OverflowException"/>, because an unchecked overflow in
/// runtime code is a bug; code that must not throw uses the saturating or checked methods as FRAME does.
/// </remarks>
public readonly struct Balance : IEquatable<Balance>, IComparable<Balance>
{
    private readonly UInt128 _value;

    public Balance(UInt128 value) => _value = value;

    public static Balance Zero => default;

    public static Balance MaxValue => new(UInt128.MaxValue);

    /// <summary>The amount in plancks.</summary>
    public UInt128 Value => _value;

    public bool IsZero => _value == UInt128.Zero;

    public Balance SaturatingAdd(Balance other) => new(WideArithmetic.SaturatingAdd(_value, other._value));

    public Balance SaturatingSub(Balance other) => new(_value > other._value ? _value - other._value : UInt128.Zero);

    public Balance SaturatingMul(Balance other) => new(WideArithmetic.SaturatingMultiply(_value, other._value));

    /// <summary>The sum, or null on overflow.</summary>
    public Balance? CheckedAdd(Balance other)
    {
        UInt128 sum = _value + other._value;
        return sum < _value ? null : new Balance(sum);
    }

    /// <summary>The difference, or null when <paramref name="other"/> is larger.</summary>
    public Balance? CheckedSub(Balance other) => other._value > _value ? null : new Balance(_value - other._value);

    /// <summary>The product, or null on overflow.</summary>
    public Balance? CheckedMul(Balance other)
    {
        UInt128 high = UInt128.BigMul(_value, other._value, out UInt128 low);
        return high == UInt128.Zero ? new Balance(low) : null;
    }

    /// <summary>The quotient rounded down, or null when dividing by zero.</summary>
    public Balance? CheckedDiv(Balance divisor) => divisor.IsZero ? null : new Balance(_value / divisor._value);

    public static Balance Min(Balance a, Balance b) => a._value <= b._value ? a : b;

    public static Balance Max(Balance a, Balance b) => a._value >= b._value ? a : b;

    public static implicit operator Balance(ulong value) => new(value);

    public static implicit operator Balance(UInt128 value) => new(value);

    public static explicit operator UInt128(Balance balance) => balance._value;

    /// <exception cref="OverflowException">The balance does not fit in 64 bits.</exception>
    public static explicit operator ulong(Balance balance) => checked((ulong)balance._value);

    /// <exception cref="OverflowException">The sum exceeds u128.</exception>
    public static Balance operator +(Balance left, Balance right) => new(checked(left._value + right._value));

    /// <exception cref="OverflowException">The result would be negative.</exception>
    public static Balance operator -(Balance left, Balance right) => new(checked(left._value - right._value));

    /// <exception cref="OverflowException">The product exceeds u128.</exception>
    public static Balance operator *(Balance left, Balance right) => new(checked(left._value * right._value));

    /// <exception cref="DivideByZeroException">The divisor is zero.</exception>
    public static Balance operator /(Balance left, Balance right) => new(left._value / right._value);

    /// <exception cref="DivideByZeroException">The divisor is zero.</exception>
    public static Balance operator %(Balance left, Balance right) => new(left._value % right._value);

    public static bool operator ==(Balance left, Balance right) => left._value == right._value;

    public static bool operator !=(Balance left, Balance right) => left._value != right._value;

    public static bool operator <(Balance left, Balance right) => left._value < right._value;

    public static bool operator >(Balance left, Balance right) => left._value > right._value;

    public static bool operator <=(Balance left, Balance right) => left._value <= right._value;

    public static bool operator >=(Balance left, Balance right) => left._value >= right._value;

    public bool Equals(Balance other) => _value == other._value;

    public override bool Equals(object? obj) => obj is Balance other && Equals(other);

    public override int GetHashCode() => _value.GetHashCode();

    public int CompareTo(Balance other) => _value.CompareTo(other._value);

    /// <summary>The amount in plancks as a decimal integer.</summary>
    public override string ToString() => _value.ToString();
}
