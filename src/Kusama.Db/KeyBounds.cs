namespace Kusama.Db;

/// <summary>Key-range arithmetic shared by the store implementations.</summary>
internal static class KeyBounds
{
    /// <summary>
    /// The smallest key greater than every key that starts with <paramref name="prefix"/>, or null when there is none
    /// (an empty or all-0xFF prefix reaches the end of the column).
    /// </summary>
    public static byte[]? PrefixEnd(ReadOnlySpan<byte> prefix)
    {
        // Trailing 0xFF bytes cannot be incremented; dropping them and incrementing the last other byte gives the bound.
        for (int i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] != 0xFF)
            {
                var end = prefix[..(i + 1)].ToArray();
                end[i]++;
                return end;
            }
        }
        return null;
    }
}
