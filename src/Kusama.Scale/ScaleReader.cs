using System.Buffers.Binary;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Kusama.Scale;

/// <summary>Reads SCALE values from a span: one bounds check per read, slices instead of copies, and only <see cref="ScaleDecodeException"/> on bad input.</summary>
public ref struct ScaleReader
{
    private readonly ReadOnlySpan<byte> _buffer;
    private int _position;

    public ScaleReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
        _position = 0;
    }

    /// <summary>Bytes consumed so far.</summary>
    public readonly int Position => _position;

    /// <summary>Bytes not yet consumed.</summary>
    public readonly int Remaining => _buffer.Length - _position;

    public readonly bool IsAtEnd => _position == _buffer.Length;

    /// <summary>The bytes not yet consumed, without consuming them.</summary>
    public readonly ReadOnlySpan<byte> RemainingSpan => _buffer[_position..];

    /// <summary>Throws unless every byte has been consumed: "decode complete", so trailing garbage is an error.</summary>
    public readonly void EnsureEnd()
    {
        if (_position != _buffer.Length)
            Throw($"{_buffer.Length - _position} unexpected trailing byte(s)", _position);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte Take(int count)
    {
        int position = _position;
        if ((uint)count > (uint)(_buffer.Length - position))
            ThrowEndOfInput(count, position);
        _position = position + count;
        return ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), position);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T ReadLittleEndian<T>() where T : unmanaged
    {
        T value = Unsafe.ReadUnaligned<T>(ref Take(Unsafe.SizeOf<T>()));
        return value;
    }

    public byte ReadByte() => Take(1);

    public sbyte ReadInt8() => (sbyte)Take(1);

    public ushort ReadUInt16()
    {
        ushort v = ReadLittleEndian<ushort>();
        return BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
    }

    public uint ReadUInt32()
    {
        uint v = ReadLittleEndian<uint>();
        return BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
    }

    public ulong ReadUInt64()
    {
        ulong v = ReadLittleEndian<ulong>();
        return BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
    }

    public UInt128 ReadUInt128()
    {
        UInt128 v = ReadLittleEndian<UInt128>();
        return BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
    }

    public short ReadInt16() => (short)ReadUInt16();

    public int ReadInt32() => (int)ReadUInt32();

    public long ReadInt64() => (long)ReadUInt64();

    public Int128 ReadInt128() => (Int128)ReadUInt128();

    /// <summary>A <c>bool</c>: exactly 0 or 1; any other byte is an error.</summary>
    public bool ReadBool()
    {
        byte b = Take(1);
        if (b > 1)
            Throw($"invalid bool byte 0x{b:x2} (must be 0 or 1)", _position - 1);
        return b == 1;
    }

    /// <summary>Reads <paramref name="count"/> bytes as a slice of the input (no copy).</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0)
            Throw($"negative byte count {count}", _position);
        return MemoryMarshal.CreateReadOnlySpan(ref Take(count), count);
    }

    /// <summary>Fills <paramref name="destination"/> with the next bytes (for fixed-size arrays such as <c>[u8; 32]</c>).</summary>
    public void ReadFixed(scoped Span<byte> destination) =>
        MemoryMarshal.CreateReadOnlySpan(ref Take(destination.Length), destination.Length).CopyTo(destination);

    /// <summary>Skips <paramref name="count"/> bytes.</summary>
    public void Skip(int count) => ReadBytes(count);

    /// <summary>A <c>Vec&lt;u8&gt;</c>: compact length (at most <paramref name="maxLength"/>) then the bytes, returned as a slice.</summary>
    public ReadOnlySpan<byte> ReadLengthPrefixedBytes(int maxLength)
    {
        int length = ReadCompactLength(maxLength, "byte vector");
        return MemoryMarshal.CreateReadOnlySpan(ref Take(length), length);
    }

    /// <summary>A <c>String</c>: compact byte length (at most <paramref name="maxBytes"/>) then strict UTF-8.</summary>
    public string ReadString(int maxBytes)
    {
        int start = _position;
        ReadOnlySpan<byte> bytes = ReadLengthPrefixedBytes(maxBytes);
        if (!Utf8.IsValid(bytes))
            Throw("string is not valid UTF-8", start);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// A collection length: a canonical <c>Compact&lt;u32&gt;</c> checked against <paramref name="maxLength"/> and against what
    /// remains (each item takes at least <paramref name="minItemSize"/> bytes) before the caller allocates anything.
    /// </summary>
    public int ReadCompactLength(int maxLength, string what, int minItemSize = 1)
    {
        int start = _position;
        uint length = ReadCompactU32();
        if (length > (uint)maxLength)
            Throw($"{what} length {length} exceeds the limit of {maxLength}", start);
        if (minItemSize > 0 && length > (uint)(Remaining / minItemSize))
            Throw($"{what} length {length} needs at least {(ulong)length * (uint)minItemSize} bytes but only {Remaining} remain", start);
        return (int)length;
    }

    public byte ReadCompactU8()
    {
        int start = _position;
        uint value = ReadCompactU32();
        if (value > byte.MaxValue)
            Throw($"compact value {value} does not fit in u8", start);
        return (byte)value;
    }

    public ushort ReadCompactU16()
    {
        int start = _position;
        uint value = ReadCompactU32();
        if (value > ushort.MaxValue)
            Throw($"compact value {value} does not fit in u16", start);
        return (ushort)value;
    }

    /// <summary>A canonical <c>Compact&lt;u32&gt;</c>.</summary>
    public uint ReadCompactU32()
    {
        int start = _position;
        ulong value = ReadCompactUpTo64(start, maxBytes: 4);
        return (uint)value;
    }

    /// <summary>A canonical <c>Compact&lt;u64&gt;</c>.</summary>
    public ulong ReadCompactU64() => ReadCompactUpTo64(_position, maxBytes: 8);

    /// <summary>A canonical <c>Compact&lt;u128&gt;</c>.</summary>
    public UInt128 ReadCompactU128()
    {
        int start = _position;
        byte prefix = _buffer.Length > start ? _buffer[start] : (byte)0;
        if ((prefix & 3) != 3 || (prefix >> 2) + 4 <= 8)
            return ReadCompactUpTo64(start, maxBytes: 8);

        int byteCount = (prefix >> 2) + 4;
        if (byteCount > 16)
            Throw($"compact prefix 0x{prefix:x2} announces {byteCount} bytes, more than a u128 holds", start);
        _position++;
        ReadOnlySpan<byte> bytes = MemoryMarshal.CreateReadOnlySpan(ref Take(byteCount), byteCount);
        Span<byte> wide = stackalloc byte[16];
        wide.Clear();
        bytes.CopyTo(wide);
        UInt128 value = BinaryPrimitives.ReadUInt128LittleEndian(wide);
        // Canonical means minimal: the top byte must be non-zero, or a shorter encoding would have held the value.
        if (bytes[^1] == 0)
            Throw($"non-canonical compact encoding ({byteCount} bytes for a value that fits in fewer)", start);
        return value;
    }

    // Modes 0b00, 0b01, 0b10 and the big-integer mode up to maxBytes payload bytes; every mode must be minimal.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadCompactUpTo64(int start, int maxBytes)
    {
        byte prefix = Take(1);
        switch (prefix & 3)
        {
            case 0:
                return (uint)prefix >> 2;
            case 1:
            {
                uint value = (prefix | ((uint)Take(1) << 8)) >> 2;
                if (value < 1u << 6)
                    ThrowNonCanonical(value, start);
                return value;
            }
            case 2:
            {
                ref byte rest = ref Take(3);
                uint raw = prefix | ((uint)rest << 8) | ((uint)Unsafe.Add(ref rest, 1) << 16) | ((uint)Unsafe.Add(ref rest, 2) << 24);
                uint value = raw >> 2;
                if (value < 1u << 14)
                    ThrowNonCanonical(value, start);
                return value;
            }
            default:
                return ReadCompactBig(prefix, start, maxBytes);
        }
    }

    private ulong ReadCompactBig(byte prefix, int start, int maxBytes)
    {
        int byteCount = (prefix >> 2) + 4;
        if (byteCount > maxBytes)
            Throw($"compact prefix 0x{prefix:x2} announces {byteCount} bytes, more than a {maxBytes * 8}-bit integer holds", start);
        ReadOnlySpan<byte> bytes = MemoryMarshal.CreateReadOnlySpan(ref Take(byteCount), byteCount);
        ulong value = 0;
        for (int i = byteCount - 1; i >= 0; i--)
            value = (value << 8) | bytes[i];
        bool minimal = byteCount == 4 ? value >= 1u << 30 : bytes[^1] != 0;
        if (!minimal)
            ThrowNonCanonical(value, start);
        return value;
    }

    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNonCanonical(ulong value, int offset) =>
        throw new ScaleDecodeException($"non-canonical compact encoding of {value}", offset);

    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowEndOfInput(int count, int offset) =>
        throw new ScaleDecodeException($"unexpected end of input: needed {count} byte(s), {_buffer.Length - offset} remain", offset);

    /// <summary>Throws a <see cref="ScaleDecodeException"/>; for codecs reporting their own errors (bad tags, out-of-range values).</summary>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Throw(string message, int offset) => throw new ScaleDecodeException(message, offset);
}
