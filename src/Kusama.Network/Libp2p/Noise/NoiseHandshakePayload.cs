using Kusama.Crypto.Ed25519;

namespace Kusama.Network.Libp2p.Noise;

/// <summary>
/// libp2p's NoiseHandshakePayload protobuf: <c>identity_key = 1</c> (a libp2p PublicKey protobuf, ed25519 only here),
/// <c>identity_sig = 2</c> (ed25519 over "noise-libp2p-static-key:" ++ the static X25519 key), <c>extensions = 4</c> (ignored).
/// </summary>
public sealed class NoiseHandshakePayload
{
    /// <summary>The prefix of the message the identity key signs.</summary>
    public static ReadOnlySpan<byte> SignaturePrefix => "noise-libp2p-static-key:"u8;

    /// <summary>libp2p KeyType enum value for ed25519.</summary>
    private const ulong Ed25519KeyType = 1;

    /// <summary>Creates a payload from a raw ed25519 identity key and its signature.</summary>
    public NoiseHandshakePayload(byte[] identityKey, byte[] identitySignature)
    {
        if (identityKey.Length != Ed25519Signature.PublicKeySize) throw new ArgumentException("An ed25519 public key is 32 bytes.", nameof(identityKey));
        if (identitySignature.Length != Ed25519Signature.SignatureSize) throw new ArgumentException("An ed25519 signature is 64 bytes.", nameof(identitySignature));
        IdentityKey = identityKey;
        IdentitySignature = identitySignature;
    }

    /// <summary>The raw 32-byte ed25519 identity public key.</summary>
    public byte[] IdentityKey { get; }

    /// <summary>The 64-byte ed25519 signature binding the identity to the Noise static key.</summary>
    public byte[] IdentitySignature { get; }

    /// <summary>Signs <paramref name="staticPublicKey"/> with <paramref name="identity"/>: the payload one side sends.</summary>
    public static NoiseHandshakePayload Create(Ed25519KeyPair identity, ReadOnlySpan<byte> staticPublicKey)
    {
        var message = new byte[SignaturePrefix.Length + staticPublicKey.Length];
        SignaturePrefix.CopyTo(message);
        staticPublicKey.CopyTo(message.AsSpan(SignaturePrefix.Length));
        var signature = new byte[Ed25519Signature.SignatureSize];
        Ed25519Signature.Sign(identity.Seed, message, signature);
        return new NoiseHandshakePayload(identity.PublicKey.ToArray(), signature);
    }

    /// <summary>Whether <see cref="IdentitySignature"/> signs <paramref name="staticPublicKey"/> under <see cref="IdentityKey"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> staticPublicKey)
    {
        Span<byte> message = stackalloc byte[SignaturePrefix.Length + staticPublicKey.Length];
        SignaturePrefix.CopyTo(message);
        staticPublicKey.CopyTo(message[SignaturePrefix.Length..]);
        // Strict like rust-libp2p's ed25519 verify: malleable or small-order edge cases are refused from peers.
        return Ed25519Signature.VerifyStrict(IdentityKey, message, IdentitySignature);
    }

    /// <summary>The protobuf encoding: fields 1 and 2, no extensions (so js-libp2p keeps the multistream-select muxer round).</summary>
    public byte[] Encode()
    {
        // identity_key: PublicKey { Type = 1 (varint), Data = 2 (bytes) } = 08 01 12 20 <key>, 36 bytes.
        var bytes = new byte[2 + 36 + 2 + 64];
        bytes[0] = 0x0a;
        bytes[1] = 36;
        bytes[2] = 0x08;
        bytes[3] = (byte)Ed25519KeyType;
        bytes[4] = 0x12;
        bytes[5] = 32;
        IdentityKey.CopyTo(bytes, 6);
        bytes[38] = 0x12;
        bytes[39] = 64;
        IdentitySignature.CopyTo(bytes, 40);
        return bytes;
    }

    /// <summary>Decodes a payload from a peer: fields in any order, unknown fields skipped, only ed25519 identities accepted.</summary>
    /// <exception cref="NoiseProtocolException">The payload is malformed, lacks a field or carries a non-ed25519 key.</exception>
    public static NoiseHandshakePayload Decode(ReadOnlySpan<byte> payload)
    {
        ReadOnlySpan<byte> identityKey = default, identitySignature = default;
        bool hasKey = false, hasSignature = false;
        int offset = 0;
        while (offset < payload.Length)
        {
            ulong field = ReadField(payload, ref offset, "NoiseHandshakePayload", out ReadOnlySpan<byte> value);
            if (field == 1) { identityKey = value; hasKey = true; }
            else if (field == 2) { identitySignature = value; hasSignature = true; }
        }

        if (!hasKey) throw new NoiseProtocolException("Noise handshake payload has no identity_key.");
        if (!hasSignature) throw new NoiseProtocolException("Noise handshake payload has no identity_sig.");
        if (identitySignature.Length != Ed25519Signature.SignatureSize)
        {
            throw new NoiseProtocolException($"Noise identity_sig is {identitySignature.Length} bytes; an ed25519 signature is 64.");
        }

        return new NoiseHandshakePayload(DecodePublicKey(identityKey), identitySignature.ToArray());
    }

    /// <summary>Decodes a libp2p PublicKey protobuf, accepting only ed25519 (the only identity Substrate nodes use).</summary>
    private static byte[] DecodePublicKey(ReadOnlySpan<byte> publicKey)
    {
        ulong? keyType = null;
        ReadOnlySpan<byte> data = default;
        bool hasData = false;
        int offset = 0;
        while (offset < publicKey.Length)
        {
            int start = offset;
            ulong field = ReadField(publicKey, ref offset, "PublicKey", out ReadOnlySpan<byte> value);
            if (field == 1)
            {
                if ((publicKey[start] & 7) != 0) throw new NoiseProtocolException("libp2p PublicKey Type is not a varint.");
                UnsignedVarint.TryRead(value, out ulong type, out _);
                keyType = type;
            }
            else if (field == 2)
            {
                data = value;
                hasData = true;
            }
        }

        if (keyType != Ed25519KeyType) throw new NoiseProtocolException($"Noise identity key type {keyType?.ToString() ?? "(missing)"} is not supported; only ed25519 (1).");
        if (!hasData || data.Length != Ed25519Signature.PublicKeySize)
        {
            throw new NoiseProtocolException($"Noise ed25519 identity key is {data.Length} bytes; expected 32.");
        }

        return data.ToArray();
    }

    /// <summary>Reads one protobuf field; returns its number and, for varints, the varint bytes, for length-delimited fields, the contents.</summary>
    private static ulong ReadField(ReadOnlySpan<byte> buffer, scoped ref int offset, string message, out ReadOnlySpan<byte> value)
    {
        ulong tag = ReadVarint(buffer, ref offset, message);
        ulong field = tag >> 3;
        if (field == 0) throw new NoiseProtocolException($"{message} protobuf has field number 0.");
        int start = offset;
        switch (tag & 7)
        {
            case 0:
                ReadVarint(buffer, ref offset, message);
                value = buffer[start..offset];
                return field;
            case 1:
                Skip(buffer, ref offset, 8, message);
                value = buffer[start..offset];
                return field;
            case 2:
                ulong length = ReadVarint(buffer, ref offset, message);
                if (length > (ulong)(buffer.Length - offset)) throw new NoiseProtocolException($"{message} protobuf field {field} runs past the end.");
                start = offset;
                offset += (int)length;
                value = buffer[start..offset];
                return field;
            case 5:
                Skip(buffer, ref offset, 4, message);
                value = buffer[start..offset];
                return field;
            default:
                throw new NoiseProtocolException($"{message} protobuf field {field} has unsupported wire type {tag & 7}.");
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> buffer, ref int offset, string message)
    {
        if (UnsignedVarint.TryRead(buffer[offset..], out ulong value, out int consumed) != VarintStatus.Done)
        {
            throw new NoiseProtocolException($"{message} protobuf has a truncated or invalid varint.");
        }

        offset += consumed;
        return value;
    }

    private static void Skip(ReadOnlySpan<byte> buffer, ref int offset, int count, string message)
    {
        if (buffer.Length - offset < count) throw new NoiseProtocolException($"{message} protobuf fixed-size field runs past the end.");
        offset += count;
    }
}
