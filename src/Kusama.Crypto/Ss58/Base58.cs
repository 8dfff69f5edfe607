namespace Kusama.Crypto.Ss58;

/// <summary>Base58 with the Bitcoin alphabet, the text form under SS58 addresses.</summary>
/// <remarks>
/// Schoolbook base conversion on machine-word limbs: encoding keeps the number in base 58⁵ limbs and takes input three
/// bytes at a time, decoding keeps base 2³² limbs and takes five characters at a time. For SS58's ≤ 37 bytes that is
/// about a hundred 64-bit multiply-adds, several times fewer steps than digit-by-digit conversion.
/// </remarks>
public static class Base58
{
    /// <summary>The Bitcoin alphabet: no 0, O, I or l.</summary>
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    // 58^5 < 2^30, so limb · 2^24 + carry stays below 2^54 in a ulong.
    private const uint DigitLimbRadix = 58 * 58 * 58 * 58 * 58;
    private const int DigitsPerLimb = 5;
    private const int BytesPerStep = 3;

    // Inverse of Alphabet for ASCII; -1 marks characters outside it.
    private static readonly sbyte[] DigitOf = BuildDigitTable();

    /// <summary>Upper bound on the characters <see cref="Encode"/> writes for <paramref name="byteCount"/> bytes (log 256 / log 58 ≈ 1.366).</summary>
    public static int MaxEncodedLength(int byteCount) => byteCount * 138 / 100 + 1;

    /// <summary>Upper bound on the bytes a decode writes for <paramref name="charCount"/> characters: a leading <c>1</c> is a whole zero byte.</summary>
    public static int MaxDecodedLength(int charCount) => charCount;

    /// <summary>Encodes <paramref name="data"/>; every leading zero byte becomes a leading <c>1</c>.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        int zeros = 0;
        while (zeros < data.Length && data[zeros] == 0) zeros++;

        // The number after the zero bytes as little-endian base-58^5 limbs.
        int limbCapacity = MaxEncodedLength(data.Length - zeros) / DigitsPerLimb + 1;
        Span<uint> limbs = limbCapacity <= 64 ? stackalloc uint[limbCapacity] : new uint[limbCapacity];
        int used = 0;
        for (int i = zeros; i < data.Length; i += BytesPerStep)
        {
            int take = Math.Min(BytesPerStep, data.Length - i);
            ulong carry = 0;
            for (int k = 0; k < take; k++) carry = (carry << 8) | data[i + k];
            int shift = 8 * take;
            for (int j = 0; j < used; j++)
            {
                ulong t = ((ulong)limbs[j] << shift) + carry;
                limbs[j] = (uint)(t % DigitLimbRadix);
                carry = t / DigitLimbRadix;
            }
            while (carry > 0)
            {
                limbs[used++] = (uint)(carry % DigitLimbRadix);
                carry /= DigitLimbRadix;
            }
        }

        // Spread the limbs into base-58 digits (least significant first) and drop the top limb's leading zero digits.
        int digitCount = used * DigitsPerLimb;
        Span<byte> digits = digitCount <= 320 ? stackalloc byte[digitCount] : new byte[digitCount];
        for (int j = 0; j < used; j++)
        {
            uint limb = limbs[j];
            for (int k = 0; k < DigitsPerLimb; k++)
            {
                digits[j * DigitsPerLimb + k] = (byte)(limb % 58);
                limb /= 58;
            }
        }
        while (digitCount > 0 && digits[digitCount - 1] == 0) digitCount--;

        int length = zeros + digitCount;
        Span<char> chars = length <= 512 ? stackalloc char[length] : new char[length];
        chars[..zeros].Fill('1');
        for (int i = 0; i < digitCount; i++)
            chars[zeros + i] = Alphabet[digits[digitCount - 1 - i]];
        return new string(chars);
    }

    /// <summary>Decodes <paramref name="text"/> into <paramref name="destination"/>; false on a character outside the alphabet or a destination that is too small.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination, out int written) =>
        TryDecode(text, destination, out written, out _);

    /// <summary>Decodes <paramref name="text"/>; throws <see cref="FormatException"/> naming the first character outside the alphabet.</summary>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] buffer = new byte[MaxDecodedLength(text.Length)];
        if (!TryDecode(text, buffer, out int written, out int badIndex))
            throw new FormatException($"invalid base58 character '{text[badIndex]}' at position {badIndex}");
        return buffer[..written];
    }

    /// <summary>Decodes; on failure <paramref name="badIndex"/> is the offending character's index, or -1 when only the destination was too small.</summary>
    internal static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination, out int written, out int badIndex)
    {
        written = 0;
        badIndex = -1;

        // Characters are checked before any arithmetic so that a bad one is always named, even in overlong input.
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 128 || DigitOf[c] < 0)
            {
                badIndex = i;
                return false;
            }
        }

        int ones = 0;
        while (ones < text.Length && text[ones] == '1') ones++;

        // The number after the leading ones as little-endian 32-bit limbs; one spare limb, the byte count is checked at the end.
        int limbCapacity = destination.Length / 4 + 1;
        Span<uint> limbs = limbCapacity <= 64 ? stackalloc uint[limbCapacity] : new uint[limbCapacity];
        int used = 0;
        for (int i = ones; i < text.Length; i += DigitsPerLimb)
        {
            int take = Math.Min(DigitsPerLimb, text.Length - i);
            ulong carry = 0;
            ulong multiplier = 1;
            for (int k = 0; k < take; k++)
            {
                carry = carry * 58 + (uint)DigitOf[text[i + k]];
                multiplier *= 58;
            }
            for (int j = 0; j < used; j++)
            {
                ulong t = limbs[j] * multiplier + carry;
                limbs[j] = (uint)t;
                carry = t >> 32;
            }
            while (carry > 0)
            {
                if (used == limbCapacity) return false;
                limbs[used++] = (uint)carry;
                carry >>= 32;
            }
        }

        int byteCount = used * 4;
        while (byteCount > 0 && ByteAt(limbs, byteCount - 1) == 0) byteCount--;
        if (ones + byteCount > destination.Length) return false;

        destination[..ones].Clear();
        for (int i = 0; i < byteCount; i++)
            destination[ones + i] = ByteAt(limbs, byteCount - 1 - i);
        written = ones + byteCount;
        return true;
    }

    // Byte n of the little-endian limb number.
    private static byte ByteAt(ReadOnlySpan<uint> limbs, int n) => (byte)(limbs[n >> 2] >> (8 * (n & 3)));

    private static sbyte[] BuildDigitTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (int i = 0; i < Alphabet.Length; i++) table[Alphabet[i]] = (sbyte)i;
        return table;
    }
}
