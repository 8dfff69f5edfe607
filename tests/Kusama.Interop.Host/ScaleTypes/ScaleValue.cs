using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>A value of a runtime <see cref="ScaleType"/>, held in the shapes our codecs use (Option, Result, SortedDictionary, BitVec...).</summary>
/// <remarks>Map keys and set items order as Rust's <c>Ord</c>, through our <see cref="ScaleKeyComparer{T}"/> for the value's CLR type.</remarks>
public sealed class ScaleValue : IComparable<ScaleValue>
{
    private ScaleValue(ScaleType type)
    {
        Type = type;
    }

    public ScaleType Type { get; }

    /// <summary>Unsigned and compact integers.</summary>
    public UInt128 Unsigned { get; private init; }

    public Int128 Signed { get; private init; }

    public bool Bool { get; private init; }

    public string? Text { get; private init; }

    /// <summary>The bytes of a <c>[u8; N]</c>.</summary>
    public byte[]? Bytes { get; private init; }

    public BitVec? Bits { get; private init; }

    /// <summary>Items of a Vec or tuple.</summary>
    public ScaleValue[]? Items { get; private init; }

    public Option<ScaleValue> Option { get; private init; }

    public Result<ScaleValue, ScaleValue> Result { get; private init; }

    public SortedDictionary<ScaleValue, ScaleValue>? Map { get; private init; }

    public SortedSet<ScaleValue>? Set { get; private init; }

    public static ScaleValue OfUnsigned(ScaleType type, UInt128 value) => new(type) { Unsigned = value };

    public static ScaleValue OfSigned(ScaleType type, Int128 value) => new(type) { Signed = value };

    public static ScaleValue OfBool(ScaleType type, bool value) => new(type) { Bool = value };

    public static ScaleValue OfText(ScaleType type, string value) => new(type) { Text = value };

    public static ScaleValue OfBytes(ScaleType type, byte[] value) => new(type) { Bytes = value };

    public static ScaleValue OfBits(ScaleType type, BitVec value) => new(type) { Bits = value };

    public static ScaleValue OfItems(ScaleType type, ScaleValue[] items) => new(type) { Items = items };

    public static ScaleValue OfOption(ScaleType type, Option<ScaleValue> value) => new(type) { Option = value };

    public static ScaleValue OfResult(ScaleType type, Result<ScaleValue, ScaleValue> value) => new(type) { Result = value };

    public static ScaleValue OfMap(ScaleType type, SortedDictionary<ScaleValue, ScaleValue> value) => new(type) { Map = value };

    public static ScaleValue OfSet(ScaleType type, SortedSet<ScaleValue> value) => new(type) { Set = value };

    public int CompareTo(ScaleValue? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Type.Kind, Type.Bits) switch
        {
            (ScaleTypeKind.Unsigned, 8) => ScaleKeyComparer<byte>.Instance.Compare((byte)Unsigned, (byte)other.Unsigned),
            (ScaleTypeKind.Unsigned, 16) => ScaleKeyComparer<ushort>.Instance.Compare((ushort)Unsigned, (ushort)other.Unsigned),
            (ScaleTypeKind.Unsigned, 32) => ScaleKeyComparer<uint>.Instance.Compare((uint)Unsigned, (uint)other.Unsigned),
            (ScaleTypeKind.Unsigned, 64) => ScaleKeyComparer<ulong>.Instance.Compare((ulong)Unsigned, (ulong)other.Unsigned),
            (ScaleTypeKind.Unsigned, _) => ScaleKeyComparer<UInt128>.Instance.Compare(Unsigned, other.Unsigned),
            (ScaleTypeKind.Signed, 8) => ScaleKeyComparer<sbyte>.Instance.Compare((sbyte)Signed, (sbyte)other.Signed),
            (ScaleTypeKind.Signed, 16) => ScaleKeyComparer<short>.Instance.Compare((short)Signed, (short)other.Signed),
            (ScaleTypeKind.Signed, 32) => ScaleKeyComparer<int>.Instance.Compare((int)Signed, (int)other.Signed),
            (ScaleTypeKind.Signed, 64) => ScaleKeyComparer<long>.Instance.Compare((long)Signed, (long)other.Signed),
            (ScaleTypeKind.Signed, _) => ScaleKeyComparer<Int128>.Instance.Compare(Signed, other.Signed),
            (ScaleTypeKind.Bool, _) => ScaleKeyComparer<bool>.Instance.Compare(Bool, other.Bool),
            (ScaleTypeKind.Text, _) => ScaleKeyComparer<string>.Instance.Compare(Text, other.Text),
            (ScaleTypeKind.FixedBytes, _) => ScaleKeyComparer<byte[]>.Instance.Compare(Bytes, other.Bytes),
            _ => throw new NotSupportedException($"values of kind {Type.Kind} are not ordered here"),
        };
    }
}
