namespace Kusama.Core;

/// <summary>Hex as Substrate's JSON shows bytes: lower case with a <c>0x</c> prefix.</summary>
public static class Hex
{
    /// <summary>Encodes bytes as <c>0x</c>-prefixed lower-case hex.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Decodes hex with or without a <c>0x</c> prefix; throws <see cref="FormatException"/> on bad input.</summary>
    public static byte[] Decode(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        ReadOnlySpan<char> digits = StripPrefix(hex);
        if ((digits.Length & 1) != 0)
            throw new FormatException($"hex string has an odd number of digits ({digits.Length})");
        return Convert.FromHexString(digits);
    }

    /// <summary>Decodes hex that must hold exactly <paramref name="length"/> bytes.</summary>
    public static byte[] DecodeFixed(string hex, int length)
    {
        byte[] bytes = Decode(hex);
        if (bytes.Length != length)
            throw new FormatException($"expected {length} bytes of hex, got {bytes.Length}");
        return bytes;
    }

    /// <summary>Decodes into <paramref name="destination"/> without throwing.</summary>
    public static bool TryDecode(string? hex, Span<byte> destination, out int written)
    {
        written = 0;
        if (hex is null) return false;
        ReadOnlySpan<char> digits = StripPrefix(hex);
        if ((digits.Length & 1) != 0 || digits.Length / 2 > destination.Length) return false;
        return Convert.FromHexString(digits, destination[..(digits.Length / 2)], out _, out written) == System.Buffers.OperationStatus.Done;
    }

    private static ReadOnlySpan<char> StripPrefix(string hex) =>
        hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex.AsSpan(2) : hex.AsSpan();
}
