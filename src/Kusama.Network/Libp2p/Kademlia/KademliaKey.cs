using System.Buffers.Binary;
using System.Security.Cryptography;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>A point of the Kademlia key space: sha256 of a preimage (a PeerId's multihash bytes, or any record key).</summary>
public readonly struct KademliaKey : IEquatable<KademliaKey>
{
    // The 256-bit hash as four big-endian words, so XOR and comparison need no allocation.
    private readonly ulong _w0, _w1, _w2, _w3;

    private KademliaKey(ReadOnlySpan<byte> hash)
    {
        _w0 = BinaryPrimitives.ReadUInt64BigEndian(hash);
        _w1 = BinaryPrimitives.ReadUInt64BigEndian(hash[8..]);
        _w2 = BinaryPrimitives.ReadUInt64BigEndian(hash[16..]);
        _w3 = BinaryPrimitives.ReadUInt64BigEndian(hash[24..]);
    }

    /// <summary>The key of <paramref name="peerId"/> (sha256 of its multihash bytes).</summary>
    public static KademliaKey FromPeerId(PeerId peerId)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        return FromPreimage(peerId.Bytes);
    }

    /// <summary>The key of arbitrary bytes (sha256 of them), as rust-libp2p's <c>kbucket::Key::new</c>.</summary>
    public static KademliaKey FromPreimage(ReadOnlySpan<byte> preimage)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(preimage, hash);
        return new KademliaKey(hash);
    }

    /// <summary>The XOR distance to <paramref name="other"/>.</summary>
    public KademliaDistance DistanceTo(KademliaKey other) =>
        new(_w0 ^ other._w0, _w1 ^ other._w1, _w2 ^ other._w2, _w3 ^ other._w3);

    /// <summary>The 32 hash bytes.</summary>
    public byte[] ToArray()
    {
        byte[] bytes = new byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, _w0);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), _w1);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(16), _w2);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(24), _w3);
        return bytes;
    }

    /// <inheritdoc />
    public bool Equals(KademliaKey other) => _w0 == other._w0 && _w1 == other._w1 && _w2 == other._w2 && _w3 == other._w3;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KademliaKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3);

    /// <summary>Equality of the hashes.</summary>
    public static bool operator ==(KademliaKey left, KademliaKey right) => left.Equals(right);

    /// <summary>Inequality of the hashes.</summary>
    public static bool operator !=(KademliaKey left, KademliaKey right) => !left.Equals(right);
}
