namespace Kusama.Network.Libp2p;

/// <summary>
/// multiformats unsigned-varint (LEB128: 7 bits per byte, least significant first, high bit = more follows), the length
/// prefix of multistream-select, notifications, request-response and protobuf. Decoding is strict as rust's
/// <c>unsigned_varint</c>: minimal encodings only, at most 9 bytes (63 bits).
/// </summary>
public static class UnsignedVarint
{
    /// <summary>The longest encoding accepted: 9 bytes carry 63 bits.</summary>
    public const int MaxLength = 9;

    /// <summary>The number of bytes <paramref name="value"/> encodes to.</summary>
    public static int Size(ulong value)
    {
        int size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }
        return size;
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="destination"/>; returns the bytes written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value needs more than 63 bits, or the destination is too short.</exception>
    public static int Write(ulong value, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, (ulong)long.MaxValue);
        int i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        destination[i++] = (byte)value;
        return i;
    }

    /// <summary>The encoding of <paramref name="value"/>.</summary>
    public static byte[] Encode(ulong value)
    {
        var bytes = new byte[Size(value)];
        Write(value, bytes);
        return bytes;
    }

    /// <summary>
    /// Reads a varint from the start of <paramref name="source"/>. Returns <see cref="VarintStatus.Incomplete"/> when more
    /// bytes are needed, <see cref="VarintStatus.Invalid"/> for an overlong (non-minimal) or too long encoding.
    /// </summary>
    public static VarintStatus TryRead(ReadOnlySpan<byte> source, out ulong value, out int consumed)
    {
        value = 0;
        consumed = 0;
        for (int i = 0; i < source.Length; i++)
        {
            if (i == MaxLength) return VarintStatus.Invalid;
            byte b = source[i];
            value |= (ulong)(b & 0x7f) << (7 * i);
            if ((b & 0x80) != 0) continue;
            // A last byte of zero after the first adds nothing: the encoding is not minimal.
            if (b == 0 && i > 0) return VarintStatus.Invalid;
            consumed = i + 1;
            return VarintStatus.Done;
        }
        return source.Length >= MaxLength ? VarintStatus.Invalid : VarintStatus.Incomplete;
    }
}
