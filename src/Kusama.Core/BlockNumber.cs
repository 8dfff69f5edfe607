namespace Kusama.Core;

/// <summary>A block height (Kusama's <c>BlockNumber = u32</c>).</summary>
public readonly struct BlockNumber : IEquatable<BlockNumber>, IComparable<BlockNumber>
{
    private readonly uint _value;

    public BlockNumber(uint value) => _value = value;

    /// <summary>The genesis block's number.</summary>
    public static BlockNumber Zero => default;

    public static BlockNumber MaxValue => new(uint.MaxValue);

    public uint Value => _value;

    public bool IsZero => _value == 0;

    public BlockNumber SaturatingAdd(uint blocks) => new(_value > uint.MaxValue - blocks ? uint.MaxValue : _value + blocks);

    public BlockNumber SaturatingSub(uint blocks) => new(_value > blocks ? _value - blocks : 0);

    /// <summary>The later height, or null on overflow.</summary>
    public BlockNumber? CheckedAdd(uint blocks) => _value > uint.MaxValue - blocks ? null : new BlockNumber(_value + blocks);

    /// <summary>The earlier height, or null below genesis.</summary>
    public BlockNumber? CheckedSub(uint blocks) => blocks > _value ? null : new BlockNumber(_value - blocks);

    public static implicit operator BlockNumber(uint value) => new(value);

    public static explicit operator uint(BlockNumber number) => number._value;

    /// <exception cref="OverflowException">The height exceeds u32.</exception>
    public static BlockNumber operator +(BlockNumber number, uint blocks) => new(checked(number._value + blocks));

    /// <exception cref="OverflowException">The height would be negative.</exception>
    public static BlockNumber operator -(BlockNumber number, uint blocks) => new(checked(number._value - blocks));

    /// <summary>The distance between two heights.</summary>
    /// <exception cref="OverflowException"><paramref name="right"/> is above <paramref name="left"/>.</exception>
    public static uint operator -(BlockNumber left, BlockNumber right) => checked(left._value - right._value);

    public static bool operator ==(BlockNumber left, BlockNumber right) => left._value == right._value;

    public static bool operator !=(BlockNumber left, BlockNumber right) => left._value != right._value;

    public static bool operator <(BlockNumber left, BlockNumber right) => left._value < right._value;

    public static bool operator >(BlockNumber left, BlockNumber right) => left._value > right._value;

    public static bool operator <=(BlockNumber left, BlockNumber right) => left._value <= right._value;

    public static bool operator >=(BlockNumber left, BlockNumber right) => left._value >= right._value;

    public bool Equals(BlockNumber other) => _value == other._value;

    public override bool Equals(object? obj) => obj is BlockNumber other && Equals(other);

    public override int GetHashCode() => (int)_value;

    public int CompareTo(BlockNumber other) => _value.CompareTo(other._value);

    public override string ToString() => _value.ToString();
}
