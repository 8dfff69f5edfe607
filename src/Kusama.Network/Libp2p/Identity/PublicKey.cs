using Kusama.Crypto.Ed25519;

namespace Kusama.Network.Libp2p.Identity;

/// <summary>A libp2p public key: its <see cref="KeyType"/> and key bytes, serialised as the <c>PublicKey</c> protobuf.</summary>
public sealed class PublicKey : IEquatable<PublicKey>
{
    // Field tags of message PublicKey { required KeyType Type = 1; required bytes Data = 2; }.
    private const byte TypeTag = 0x08;
    private const byte DataTag = 0x12;

    /// <summary>Longest protobuf accepted from a peer; RSA-4096 keys are well below it.</summary>
    public const int MaxEncodedLength = 2048;

    private readonly byte[] _data;

    private PublicKey(KeyType type, byte[] data)
    {
        Type = type;
        _data = data;
    }

    /// <summary>The key type.</summary>
    public KeyType Type { get; }

    /// <summary>The key bytes (32 for ed25519).</summary>
    public ReadOnlySpan<byte> Data => _data;

    /// <summary>An ed25519 public key.</summary>
    public static PublicKey FromEd25519(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Ed25519Signature.PublicKeySize)
            throw new ArgumentException($"an ed25519 public key is 32 bytes, got {publicKey.Length}", nameof(publicKey));
        return new PublicKey(KeyType.Ed25519, publicKey.ToArray());
    }

    /// <summary>The deterministic protobuf encoding: type then data, minimal varints (<c>08 01 12 20 ‖ key</c> for ed25519).</summary>
    public byte[] Encode()
    {
        int length = 1 + UnsignedVarint.Size((ulong)Type) + 1 + UnsignedVarint.Size((ulong)_data.Length) + _data.Length;
        byte[] encoded = new byte[length];
        int offset = 0;
        encoded[offset++] = TypeTag;
        offset += UnsignedVarint.Write((ulong)Type, encoded.AsSpan(offset));
        encoded[offset++] = DataTag;
        offset += UnsignedVarint.Write((ulong)_data.Length, encoded.AsSpan(offset));
        _data.CopyTo(encoded.AsSpan(offset));
        return encoded;
    }

    /// <summary>
    /// Decodes the protobuf (fields in any order, unknown fields skipped). Throws <see cref="FormatException"/> on
    /// malformed input, a missing field, an unknown key type or an ed25519 key that is not 32 bytes.
    /// </summary>
    public static PublicKey Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length > MaxEncodedLength) throw new FormatException($"public key protobuf exceeds {MaxEncodedLength} bytes");
        ulong? type = null;
        byte[]? data = null;
        while (!encoded.IsEmpty)
        {
            ulong tag = ReadVarint(ref encoded);
            int wireType = (int)(tag & 7);
            ulong field = tag >> 3;
            switch (wireType)
            {
                case 0:
                    ulong value = ReadVarint(ref encoded);
                    if (field == 1) type = value;
                    break;
                case 2:
                    ulong length = ReadVarint(ref encoded);
                    if (length > (ulong)encoded.Length) throw new FormatException("public key protobuf field runs past the end");
                    if (field == 2) data = encoded[..(int)length].ToArray();
                    encoded = encoded[(int)length..];
                    break;
                case 1:
                    if (encoded.Length < 8) throw new FormatException("public key protobuf field runs past the end");
                    encoded = encoded[8..];
                    break;
                case 5:
                    if (encoded.Length < 4) throw new FormatException("public key protobuf field runs past the end");
                    encoded = encoded[4..];
                    break;
                default:
                    throw new FormatException($"public key protobuf has unsupported wire type {wireType}");
            }
        }
        if (type is null || data is null) throw new FormatException("public key protobuf lacks the type or data field");
        if (type > (ulong)KeyType.Ecdsa) throw new FormatException($"unknown public key type {type}");
        var keyType = (KeyType)type.Value;
        if (keyType == KeyType.Ed25519 && data.Length != Ed25519Signature.PublicKeySize)
            throw new FormatException($"an ed25519 public key is 32 bytes, got {data.Length}");
        return new PublicKey(keyType, data);
    }

    /// <summary>The PeerId of this key.</summary>
    public PeerId ToPeerId() => PeerId.FromPublicKey(this);

    /// <summary>Checks <paramref name="signature"/> over <paramref name="message"/>; only ed25519 keys are supported (others verify false).</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        Type == KeyType.Ed25519 && signature.Length == Ed25519Signature.SignatureSize && Ed25519Signature.Verify(_data, message, signature);

    /// <inheritdoc />
    public bool Equals(PublicKey? other) => other is not null && Type == other.Type && _data.AsSpan().SequenceEqual(other._data);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicKey);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        hash.AddBytes(_data);
        return hash.ToHashCode();
    }

    private static ulong ReadVarint(ref ReadOnlySpan<byte> source)
    {
        if (UnsignedVarint.TryRead(source, out ulong value, out int consumed) != VarintStatus.Done)
            throw new FormatException("public key protobuf has a malformed varint");
        source = source[consumed..];
        return value;
    }
}
