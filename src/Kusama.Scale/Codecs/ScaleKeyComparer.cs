namespace Kusama.Scale.Codecs;

/// <summary>Orders map and set keys as Rust's <c>Ord</c> does: strings and byte vectors by their bytes, everything else by <see cref="Comparer{T}.Default"/>.</summary>
public static class ScaleKeyComparer<T>
{
    /// <summary>The comparer a decoded <c>BTreeMap</c>/<c>BTreeSet</c> is built with.</summary>
    public static readonly IComparer<T> Instance = Create();

    private static IComparer<T> Create()
    {
        if (typeof(T) == typeof(string))
            return (IComparer<T>)(object)Utf8OrderComparer.Instance;
        if (typeof(T) == typeof(byte[]))
            return (IComparer<T>)(object)ByteOrderComparer.Instance;
        return Comparer<T>.Default;
    }

    // Rust compares strings by UTF-8 bytes, which is code-point order; UTF-16 ordinal order differs only where a
    // surrogate pair (U+10000 and up) meets U+E000..U+FFFF, so those are moved above the BMP before comparing.
    private sealed class Utf8OrderComparer : IComparer<string>
    {
        public static readonly Utf8OrderComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
                return x is null ? (y is null ? 0 : -1) : 1;
            int length = Math.Min(x.Length, y.Length);
            for (int i = 0; i < length; i++)
            {
                char a = x[i], b = y[i];
                if (a != b)
                    return Fix(a) - Fix(b);
            }
            return x.Length - y.Length;
        }

        private static int Fix(char c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
    }

    private sealed class ByteOrderComparer : IComparer<byte[]>
    {
        public static readonly ByteOrderComparer Instance = new();

        public int Compare(byte[]? x, byte[]? y)
        {
            if (x is null || y is null)
                return x is null ? (y is null ? 0 : -1) : 1;
            return x.AsSpan().SequenceCompareTo(y);
        }
    }
}
