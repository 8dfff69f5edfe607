using System.Security.Cryptography;
using Kusama.Crypto.Ss58;

namespace Kusama.Network.Libp2p.Identity;

/// <summary>
/// A libp2p peer id: the multihash of a peer's protobuf public key (identity when ≤ 42 bytes, else sha256). Text form is
/// base58btc (<c>12D3KooW…</c> for ed25519); CIDv1 (<c>b…</c> base32, codec libp2p-key) is accepted too.
/// </summary>
public sealed class PeerId : IEquatable<PeerId>
{
    /// <summary>Longest protobuf key inlined with the identity multihash.</summary>
    public const int MaxInlineKeyLength = 42;

    private const byte IdentityCode = 0x00;
    private const byte Sha256Code = 0x12;
    private const int Sha256Length = 32;
    private const ulong CidVersion1 = 0x01;
    private const ulong LibP2pKeyCodec = 0x72;

    // The longest valid multihash: code, length and a 42-byte inline key; text longer than this can't be a peer id.
    private const int MaxTextLength = 128;

    private readonly byte[] _multihash;

    private PeerId(byte[] multihash) => _multihash = multihash;

    /// <summary>The multihash bytes (the binary form used in multiaddrs, identify and Kademlia).</summary>
    public ReadOnlySpan<byte> Bytes => _multihash;

    /// <summary>The peer id of <paramref name="publicKey"/>.</summary>
    public static PeerId FromPublicKey(PublicKey publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        byte[] encoded = publicKey.Encode();
        byte[] multihash;
        if (encoded.Length <= MaxInlineKeyLength)
        {
            multihash = new byte[2 + encoded.Length];
            multihash[0] = IdentityCode;
            multihash[1] = (byte)encoded.Length;
            encoded.CopyTo(multihash, 2);
        }
        else
        {
            multihash = new byte[2 + Sha256Length];
            multihash[0] = Sha256Code;
            multihash[1] = Sha256Length;
            SHA256.HashData(encoded, multihash.AsSpan(2));
        }
        return new PeerId(multihash);
    }

    /// <summary>Reads a multihash; throws <see cref="FormatException"/> unless it is an identity (≤ 42 bytes) or sha256 multihash.</summary>
    public static PeerId FromBytes(ReadOnlySpan<byte> multihash) =>
        TryFromBytes(multihash, out PeerId? peerId, out string? error) ? peerId : throw new FormatException(error);

    /// <summary>Reads a multihash; false unless it is an identity (≤ 42 bytes) or sha256 multihash.</summary>
    public static bool TryFromBytes(ReadOnlySpan<byte> multihash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PeerId? peerId) =>
        TryFromBytes(multihash, out peerId, out _);

    /// <summary>Parses base58btc or CIDv1 text; throws <see cref="FormatException"/> on anything else.</summary>
    public static PeerId Parse(string text) =>
        TryParse(text, out PeerId? peerId, out string? error) ? peerId : throw new FormatException(error);

    /// <summary>Parses base58btc or CIDv1 text; false on anything else.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PeerId? peerId) =>
        TryParse(text, out peerId, out _);

    /// <summary>The public key inlined in an identity multihash, or null for a hashed (sha256) id.</summary>
    public PublicKey? TryGetPublicKey()
    {
        if (_multihash[0] != IdentityCode) return null;
        try
        {
            return PublicKey.Decode(_multihash.AsSpan(2));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Whether this id is the one of <paramref name="publicKey"/>.</summary>
    public bool Matches(PublicKey publicKey) => Equals(FromPublicKey(publicKey));

    /// <summary>The base58btc text form.</summary>
    public override string ToString() => Base58.Encode(_multihash);

    /// <summary>The CIDv1 text form (multibase base32, codec libp2p-key).</summary>
    public string ToCidString()
    {
        byte[] cid = new byte[2 + _multihash.Length];
        cid[0] = (byte)CidVersion1;
        cid[1] = (byte)LibP2pKeyCodec;
        _multihash.CopyTo(cid, 2);
        return "b" + Base32.Encode(cid);
    }

    /// <inheritdoc />
    public bool Equals(PeerId? other) => other is not null && _multihash.AsSpan().SequenceEqual(other._multihash);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PeerId);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_multihash);
        return hash.ToHashCode();
    }

    /// <summary>Equality of the multihashes.</summary>
    public static bool operator ==(PeerId? left, PeerId? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of the multihashes.</summary>
    public static bool operator !=(PeerId? left, PeerId? right) => !(left == right);

    private static bool TryFromBytes(ReadOnlySpan<byte> multihash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PeerId? peerId, out string? error)
    {
        peerId = null;
        error = null;
        if (UnsignedVarint.TryRead(multihash, out ulong code, out int codeLength) != VarintStatus.Done
            || UnsignedVarint.TryRead(multihash[codeLength..], out ulong digestLength, out int lengthLength) != VarintStatus.Done)
        {
            error = "peer id multihash has a malformed header";
            return false;
        }
        int headerLength = codeLength + lengthLength;
        if (digestLength != (ulong)(multihash.Length - headerLength))
        {
            error = $"peer id multihash declares {digestLength} digest bytes but has {multihash.Length - headerLength}";
            return false;
        }
        bool valid = code switch
        {
            IdentityCode => digestLength <= MaxInlineKeyLength,
            Sha256Code => digestLength == Sha256Length,
            _ => false,
        };
        if (!valid)
        {
            error = $"peer id multihash must be identity (≤ {MaxInlineKeyLength} bytes) or sha256, got code 0x{code:x} with {digestLength} bytes";
            return false;
        }
        peerId = new PeerId(multihash.ToArray());
        return true;
    }

    private static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PeerId? peerId, out string? error)
    {
        peerId = null;
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            error = "peer id text is empty or too long";
            return false;
        }
        if (text[0] == 'b')
        {
            if (!Base32.TryDecode(text.AsSpan(1), out byte[] cid))
            {
                error = "peer id CID is not valid base32";
                return false;
            }
            if (UnsignedVarint.TryRead(cid, out ulong version, out int versionLength) != VarintStatus.Done || version != CidVersion1
                || UnsignedVarint.TryRead(cid.AsSpan(versionLength), out ulong codec, out int codecLength) != VarintStatus.Done || codec != LibP2pKeyCodec)
            {
                error = "peer id CID is not a CIDv1 with the libp2p-key codec";
                return false;
            }
            return TryFromBytes(cid.AsSpan(versionLength + codecLength), out peerId, out error);
        }
        Span<byte> multihash = stackalloc byte[MaxTextLength];
        if (!Base58.TryDecode(text, multihash, out int written))
        {
            error = $"'{text}' is not base58btc";
            return false;
        }
        return TryFromBytes(multihash[..written], out peerId, out error);
    }
}
