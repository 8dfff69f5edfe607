using System.Runtime.InteropServices;

namespace Kusama.State;

/// <summary>Bytewise order and equality of storage keys, with span lookups so probing a dictionary needs no key copy.</summary>
public sealed class ByteKeyComparer : IComparer<byte[]>, IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
{
    public static ByteKeyComparer Instance { get; } = new();

    /// <summary>A sentinel that sorts after every key (compared by reference), the open upper end of range views.</summary>
    internal static byte[] AfterAll { get; } = new byte[1];

    public int Compare(byte[]? x, byte[]? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (ReferenceEquals(x, AfterAll)) return 1;
        if (ReferenceEquals(y, AfterAll)) return -1;
        if (x is null) return -1;
        if (y is null) return 1;
        return x.AsSpan().SequenceCompareTo(y);
    }

    public bool Equals(byte[]? x, byte[]? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

    public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<byte> alternate)
    {
        var hash = new HashCode();
        hash.AddBytes(alternate);
        return hash.ToHashCode();
    }

    public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

    /// <summary>Sorts key/value pairs by key in place.</summary>
    public static void Sort<TValue>(List<KeyValuePair<byte[], TValue>> entries) =>
        CollectionsMarshal.AsSpan(entries).Sort(static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
}
