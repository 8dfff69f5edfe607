using System.Numerics;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>The XOR distance between two <see cref="KademliaKey"/>s, a 256-bit unsigned number.</summary>
public readonly struct KademliaDistance : IEquatable<KademliaDistance>, IComparable<KademliaDistance>
{
    private readonly ulong _w0, _w1, _w2, _w3;

    internal KademliaDistance(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        _w0 = w0;
        _w1 = w1;
        _w2 = w2;
        _w3 = w3;
    }

    /// <summary>True for the distance of a key to itself.</summary>
    public bool IsZero => (_w0 | _w1 | _w2 | _w3) == 0;

    /// <summary>
    /// The k-bucket this distance falls in: ⌊log2(distance)⌋, 0…255 (bucket i holds distances in [2^i, 2^(i+1))); −1 for zero.
    /// </summary>
    public int BucketIndex =>
        _w0 != 0 ? 255 - BitOperations.LeadingZeroCount(_w0)
        : _w1 != 0 ? 191 - BitOperations.LeadingZeroCount(_w1)
        : _w2 != 0 ? 127 - BitOperations.LeadingZeroCount(_w2)
        : _w3 != 0 ? 63 - BitOperations.LeadingZeroCount(_w3)
        : -1;

    /// <inheritdoc />
    public int CompareTo(KademliaDistance other)
    {
        if (_w0 != other._w0) return _w0.CompareTo(other._w0);
        if (_w1 != other._w1) return _w1.CompareTo(other._w1);
        if (_w2 != other._w2) return _w2.CompareTo(other._w2);
        return _w3.CompareTo(other._w3);
    }

    /// <inheritdoc />
    public bool Equals(KademliaDistance other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KademliaDistance other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3);

    /// <summary>Whether <paramref name="left"/> is nearer than <paramref name="right"/>.</summary>
    public static bool operator <(KademliaDistance left, KademliaDistance right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is farther than <paramref name="right"/>.</summary>
    public static bool operator >(KademliaDistance left, KademliaDistance right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is not farther than <paramref name="right"/>.</summary>
    public static bool operator <=(KademliaDistance left, KademliaDistance right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is not nearer than <paramref name="right"/>.</summary>
    public static bool operator >=(KademliaDistance left, KademliaDistance right) => left.CompareTo(right) >= 0;

    /// <summary>Equality.</summary>
    public static bool operator ==(KademliaDistance left, KademliaDistance right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(KademliaDistance left, KademliaDistance right) => !left.Equals(right);
}
