using System.Buffers.Binary;

namespace Kusama.Trie.Codec;

/// <summary>SCALE <c>Compact&lt;u32&gt;</c> for the lengths inside trie nodes (values and inline children).</summary>
/// <remarks>Kept private to the trie so it does not depend on the order in which Kusama.Scale lands.</remarks>
internal static class CompactLength
{
    /// <summary>Bytes needed for <paramref name="value"/>.</summary>
    public static int Size(int value) => value switch
    {
        < 1 << 6 => 1,
        < 1 << 14 => 2,
        < 1 << 30 => 4,
        _ => 5,
    };

    /// <summary>Writes <paramref name="value"/> (non-negative) and returns the bytes written.</summary>
    public static int Write(Span<byte> destination, int value)
    {
        uint v = (uint)value;
        if (v < 1u << 6)
        {
            destination[0] = (byte)(v << 2);
            return 1;
        }
        if (v < 1u << 14)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)((v << 2) | 1));
            return 2;
        }
        if (v < 1u << 30)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination, (v << 2) | 2);
            return 4;
        }
        destination[0] = 3; // big-integer mode with 4 payload bytes
        BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], v);
        return 5;
    }

    /// <summary>Reads a canonical compact u32 at <paramref name="offset"/>; null error means success.</summary>
    public static string? TryRead(ReadOnlySpan<byte> data, ref int offset, out uint value)
    {
        value = 0;
        if (offset >= data.Length) return "truncated compact length";
        byte first = data[offset];
        switch (first & 3)
        {
            case 0:
                value = (uint)first >> 2;
                offset += 1;
                return null;
            case 1:
                if (data.Length - offset < 2) return "truncated compact length";
                value = (uint)BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]) >> 2;
                if (value < 1u << 6) return "non-canonical compact length";
                offset += 2;
                return null;
            case 2:
                if (data.Length - offset < 4) return "truncated compact length";
                value = BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]) >> 2;
                if (value < 1u << 14) return "non-canonical compact length";
                offset += 4;
                return null;
            default:
                // A u32 in big-integer mode always has exactly 4 payload bytes.
                if (first != 3) return "compact length out of u32 range";
                if (data.Length - offset < 5) return "truncated compact length";
                value = BinaryPrimitives.ReadUInt32LittleEndian(data[(offset + 1)..]);
                if (value < 1u << 30) return "non-canonical compact length";
                offset += 5;
                return null;
        }
    }
}
