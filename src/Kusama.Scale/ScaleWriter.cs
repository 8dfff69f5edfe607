using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kusama.Scale;

/// <summary>Writes SCALE primitives to any <see cref="IScaleWriter"/> backend; generic so each backend gets specialised code.</summary>
public static class ScaleWriter
{
    public static void WriteByte<TWriter>(ref TWriter writer, byte value) where TWriter : IScaleWriter, allows ref struct =>
        writer.WriteByte(value);

    public static void WriteInt8<TWriter>(ref TWriter writer, sbyte value) where TWriter : IScaleWriter, allows ref struct =>
        writer.WriteByte((byte)value);

    /// <summary>A <c>bool</c>: 0x00 or 0x01.</summary>
    public static void WriteBool<TWriter>(ref TWriter writer, bool value) where TWriter : IScaleWriter, allows ref struct =>
        writer.WriteByte(value ? (byte)1 : (byte)0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteUInt16<TWriter>(ref TWriter writer, ushort value) where TWriter : IScaleWriter, allows ref struct
    {
        BinaryPrimitives.WriteUInt16LittleEndian(writer.GetSpan(2), value);
        writer.Advance(2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteUInt32<TWriter>(ref TWriter writer, uint value) where TWriter : IScaleWriter, allows ref struct
    {
        BinaryPrimitives.WriteUInt32LittleEndian(writer.GetSpan(4), value);
        writer.Advance(4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteUInt64<TWriter>(ref TWriter writer, ulong value) where TWriter : IScaleWriter, allows ref struct
    {
        BinaryPrimitives.WriteUInt64LittleEndian(writer.GetSpan(8), value);
        writer.Advance(8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteUInt128<TWriter>(ref TWriter writer, UInt128 value) where TWriter : IScaleWriter, allows ref struct
    {
        BinaryPrimitives.WriteUInt128LittleEndian(writer.GetSpan(16), value);
        writer.Advance(16);
    }

    public static void WriteInt16<TWriter>(ref TWriter writer, short value) where TWriter : IScaleWriter, allows ref struct =>
        WriteUInt16(ref writer, (ushort)value);

    public static void WriteInt32<TWriter>(ref TWriter writer, int value) where TWriter : IScaleWriter, allows ref struct =>
        WriteUInt32(ref writer, (uint)value);

    public static void WriteInt64<TWriter>(ref TWriter writer, long value) where TWriter : IScaleWriter, allows ref struct =>
        WriteUInt64(ref writer, (ulong)value);

    public static void WriteInt128<TWriter>(ref TWriter writer, Int128 value) where TWriter : IScaleWriter, allows ref struct =>
        WriteUInt128(ref writer, (UInt128)value);

    /// <summary>Raw bytes with no prefix (fixed arrays, already-encoded data).</summary>
    public static void WriteBytes<TWriter>(ref TWriter writer, scoped ReadOnlySpan<byte> bytes) where TWriter : IScaleWriter, allows ref struct =>
        writer.Write(bytes);

    /// <summary>A <c>Vec&lt;u8&gt;</c>: compact length then the bytes.</summary>
    public static void WriteLengthPrefixedBytes<TWriter>(ref TWriter writer, scoped ReadOnlySpan<byte> bytes) where TWriter : IScaleWriter, allows ref struct
    {
        WriteCompact(ref writer, (uint)bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>A <c>String</c>: compact UTF-8 byte length then the UTF-8 bytes.</summary>
    public static void WriteString<TWriter>(ref TWriter writer, string value) where TWriter : IScaleWriter, allows ref struct
    {
        int byteCount = Encoding.UTF8.GetByteCount(value);
        WriteCompact(ref writer, (uint)byteCount);
        int written = Encoding.UTF8.GetBytes(value, writer.GetSpan(byteCount));
        writer.Advance(written);
    }

    /// <summary>The encoded size of a <c>String</c>.</summary>
    public static int StringSize(string value)
    {
        int byteCount = Encoding.UTF8.GetByteCount(value);
        return CompactSize((uint)byteCount) + byteCount;
    }

    /// <summary>A <c>Compact&lt;u32&gt;</c> (also every collection length).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteCompact<TWriter>(ref TWriter writer, uint value) where TWriter : IScaleWriter, allows ref struct
    {
        if (value < 1u << 6)
        {
            writer.WriteByte((byte)(value << 2));
        }
        else if (value < 1u << 14)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(writer.GetSpan(2), (ushort)((value << 2) | 0b01));
            writer.Advance(2);
        }
        else if (value < 1u << 30)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(writer.GetSpan(4), (value << 2) | 0b10);
            writer.Advance(4);
        }
        else
        {
            Span<byte> span = writer.GetSpan(5);
            span[0] = 0b11;
            BinaryPrimitives.WriteUInt32LittleEndian(span[1..], value);
            writer.Advance(5);
        }
    }

    /// <summary>A <c>Compact&lt;u64&gt;</c>.</summary>
    public static void WriteCompact<TWriter>(ref TWriter writer, ulong value) where TWriter : IScaleWriter, allows ref struct
    {
        if (value < 1u << 30)
        {
            WriteCompact(ref writer, (uint)value);
            return;
        }
        // Big-integer mode: the minimal number of bytes, at least 4.
        int byteCount = Math.Max(4, (64 - BitOperations.LeadingZeroCount(value) + 7) / 8);
        Span<byte> span = writer.GetSpan(1 + byteCount);
        span[0] = (byte)(((byteCount - 4) << 2) | 0b11);
        for (int i = 0; i < byteCount; i++)
            span[1 + i] = (byte)(value >> (8 * i));
        writer.Advance(1 + byteCount);
    }

    /// <summary>A <c>Compact&lt;u128&gt;</c>.</summary>
    public static void WriteCompact<TWriter>(ref TWriter writer, UInt128 value) where TWriter : IScaleWriter, allows ref struct
    {
        if (value <= ulong.MaxValue)
        {
            WriteCompact(ref writer, (ulong)value);
            return;
        }
        int byteCount = (128 - (int)UInt128.LeadingZeroCount(value) + 7) / 8;
        Span<byte> span = writer.GetSpan(1 + byteCount);
        span[0] = (byte)(((byteCount - 4) << 2) | 0b11);
        for (int i = 0; i < byteCount; i++)
            span[1 + i] = (byte)(value >> (8 * i));
        writer.Advance(1 + byteCount);
    }

    /// <summary>The encoded size of a <c>Compact&lt;u32&gt;</c>.</summary>
    public static int CompactSize(uint value) =>
        value < 1u << 6 ? 1 : value < 1u << 14 ? 2 : value < 1u << 30 ? 4 : 5;

    /// <summary>The encoded size of a <c>Compact&lt;u64&gt;</c>.</summary>
    public static int CompactSize(ulong value) =>
        value < 1u << 30 ? CompactSize((uint)value) : 1 + Math.Max(4, (64 - BitOperations.LeadingZeroCount(value) + 7) / 8);

    /// <summary>The encoded size of a <c>Compact&lt;u128&gt;</c>.</summary>
    public static int CompactSize(UInt128 value) =>
        value <= ulong.MaxValue ? CompactSize((ulong)value) : 1 + (128 - (int)UInt128.LeadingZeroCount(value) + 7) / 8;
}
