namespace Kusama.Crypto.Ss58;

/// <summary>Base58 with the Bitcoin alphabet, the text form under SS58 addresses.</summary>
/// <remarks>Quadratic big-number conversion: SS58 bodies are at most 37 bytes, where this beats anything cleverer.</remarks>
public static class Base58
{
    /// <summary>The Bitcoin alphabet: no 0, O, I or l.</summary>
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

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

        // Big-endian base-58 digits of the number after the zero bytes.
        int capacity = MaxEncodedLength(data.Length - zeros);
        Span<byte> digits = capacity <= 256 ? stackalloc byte[capacity] : new byte[capacity];
        int used = 0;
        for (int i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            for (int j = 0; j < used; j++)
            {
                carry += digits[j] << 8;
                digits[j] = (byte)(carry % 58);
                carry /= 58;
            }
            while (carry > 0)
            {
                digits[used++] = (byte)(carry % 58);
                carry /= 58;
            }
        }

        // digits holds the number least-significant first.
        int length = zeros + used;
        Span<char> chars = length <= 512 ? stackalloc char[length] : new char[length];
        chars[..zeros].Fill('1');
        for (int i = 0; i < used; i++)
            chars[zeros + i] = Alphabet[digits[used - 1 - i]];
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

        // Little-endian base-256 bytes of the number after the leading ones.
        Span<byte> number = destination.Length <= 256 ? stackalloc byte[destination.Length] : new byte[destination.Length];
        int used = 0;
        for (int i = ones; i < text.Length; i++)
        {
            int carry = DigitOf[text[i]];
            for (int j = 0; j < used; j++)
            {
                carry += number[j] * 58;
                number[j] = (byte)carry;
                carry >>= 8;
            }
            while (carry > 0)
            {
                if (used == number.Length) return false;
                number[used++] = (byte)carry;
                carry >>= 8;
            }
        }

        if (ones + used > destination.Length) return false;
        destination[..ones].Clear();
        for (int i = 0; i < used; i++)
            destination[ones + i] = number[used - 1 - i];
        written = ones + used;
        return true;
    }

    private static sbyte[] BuildDigitTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (int i = 0; i < Alphabet.Length; i++) table[Alphabet[i]] = (sbyte)i;
        return table;
    }
}
