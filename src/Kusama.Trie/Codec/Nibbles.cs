namespace Kusama.Trie.Codec;

/// <summary>Helpers for keys seen as nibbles (high nibble of each byte first).</summary>
internal static class Nibbles
{
    /// <summary>Nibble <paramref name="index"/> of a byte key.</summary>
    public static byte At(ReadOnlySpan<byte> key, int index) =>
        (byte)((index & 1) == 0 ? key[index >> 1] >> 4 : key[index >> 1] & 0x0F);

    /// <summary>Expands a byte key into one nibble per byte.</summary>
    public static void Expand(ReadOnlySpan<byte> key, Span<byte> nibbles)
    {
        for (int i = 0; i < key.Length; i++)
        {
            nibbles[2 * i] = (byte)(key[i] >> 4);
            nibbles[2 * i + 1] = (byte)(key[i] & 0x0F);
        }
    }

    /// <summary>Packs one-nibble-per-byte input back into bytes; the count must be even.</summary>
    public static void Pack(ReadOnlySpan<byte> nibbles, Span<byte> key)
    {
        for (int i = 0; i < key.Length; i++)
            key[i] = (byte)((nibbles[2 * i] << 4) | nibbles[2 * i + 1]);
    }

    /// <summary>Length of the common prefix of two byte keys, in nibbles.</summary>
    public static int CommonPrefix(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int bytes = a.CommonPrefixLength(b);
        if (bytes == a.Length || bytes == b.Length) return 2 * bytes;
        return (a[bytes] >> 4) == (b[bytes] >> 4) ? 2 * bytes + 1 : 2 * bytes;
    }

    /// <summary>Writes a partial key in the codec's layout: an odd count starts with a lone nibble byte, then pairs.</summary>
    public static void WritePartial(ReadOnlySpan<byte> nibbles, Span<byte> destination)
    {
        int odd = nibbles.Length & 1;
        if (odd == 1) destination[0] = nibbles[0];
        for (int i = odd, o = odd; i < nibbles.Length; i += 2, o++)
            destination[o] = (byte)((nibbles[i] << 4) | nibbles[i + 1]);
    }

    /// <summary>Writes nibbles <paramref name="start"/>.. of a byte key as a partial key.</summary>
    public static void WritePartial(ReadOnlySpan<byte> key, int start, int count, Span<byte> destination)
    {
        int odd = count & 1;
        if (odd == 1) destination[0] = At(key, start);
        int n = start + odd;
        int o = odd;
        if ((n & 1) == 0)
        {
            key.Slice(n >> 1, (count - odd) >> 1).CopyTo(destination[o..]);
            return;
        }
        for (; n < start + count; n += 2, o++)
            destination[o] = (byte)((At(key, n) << 4) | At(key, n + 1));
    }
}
