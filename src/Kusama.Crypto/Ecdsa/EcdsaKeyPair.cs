using System.Security.Cryptography;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Org.BouncyCastle.Math;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;
using Org.BouncyCastle.Utilities;

namespace Kusama.Crypto.Ecdsa;

/// <summary>A secp256k1 ECDSA key pair as <c>sp_core::ecdsa::Pair</c>: the 32-byte seed is the secret key, signatures are 65-byte r ‖ s ‖ v.</summary>
/// <remarks>
/// Signing matches libsecp256k1's <c>secp256k1_ecdsa_sign_recoverable</c> byte for byte: RFC 6979 nonces over
/// HMAC-SHA256, s normalized to the lower half, and v the recovery id (bit 0 = R.y odd, bit 1 = R.x ≥ n), flipped
/// together with s.
/// </remarks>
public sealed class EcdsaKeyPair
{
    /// <summary>Length of a seed (= secret key) in bytes.</summary>
    public const int SeedLength = 32;

    /// <summary>The error sp-core's <c>DeriveError::SoftKeyInPath</c> stands for, in polkadot-js's words.</summary>
    public const string SoftJunctionError = "A soft key was found in the path and is not supported";

    private static readonly byte[] HdkdLabel = "Secp256k1HDKD"u8.ToArray();

    private readonly byte[] _seed;
    private readonly BigInteger _secret;
    private readonly byte[] _publicKey;
    private readonly byte[] _uncompressedPublicKey;

    /// <summary>Creates the pair for a 32-byte seed, which must be a scalar in [1, n) as <c>SecretKey::from_slice</c> requires.</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes, is zero, or is not below the group order n.</exception>
    public EcdsaKeyPair(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedLength)
            throw new ArgumentException($"an ecdsa seed takes {SeedLength} bytes, got {seed.Length}", nameof(seed));
        BigInteger secret = Secp256k1.ReadScalar(seed);
        if (secret.SignValue == 0)
            throw new ArgumentException("an ecdsa seed must be a non-zero scalar; this one is zero", nameof(seed));
        if (secret.CompareTo(Secp256k1.N) >= 0)
            throw new ArgumentException("an ecdsa seed must be below the secp256k1 group order n; this one is not", nameof(seed));

        _seed = seed.ToArray();
        _secret = secret;
        ECPoint q = Secp256k1.MultiplyBase(secret);
        _publicKey = new byte[EcdsaSignature.PublicKeyLength];
        q.EncodeTo(true, _publicKey);
        Span<byte> tagged = stackalloc byte[EcdsaSignature.UncompressedPublicKeyLength + 1];
        q.EncodeTo(false, tagged);
        _uncompressedPublicKey = tagged[1..].ToArray();
    }

    /// <summary>The 33-byte SEC1 compressed public key (<c>sp_core::ecdsa::Public</c>).</summary>
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <summary>The 64-byte uncompressed public key x ‖ y without the SEC1 0x04 tag, the form sp-io's recover returns and Ethereum hashes.</summary>
    public ReadOnlySpan<byte> UncompressedPublicKey => _uncompressedPublicKey;

    /// <summary>The account id: blake2_256 of the compressed public key.</summary>
    public AccountId32 AccountId => EcdsaSignature.ToAccountId(_publicKey);

    /// <summary>Writes the 65-byte SEC1 uncompressed public key (0x04 ‖ x ‖ y).</summary>
    public void WriteSec1UncompressedPublicKey(Span<byte> destination)
    {
        if (destination.Length < EcdsaSignature.UncompressedPublicKeyLength + 1)
            throw new ArgumentException($"a SEC1 uncompressed key takes 65 bytes, got room for {destination.Length}", nameof(destination));
        destination[0] = 0x04;
        _uncompressedPublicKey.CopyTo(destination[1..]);
    }

    /// <summary>Writes the 20-byte Ethereum address of this key.</summary>
    public void WriteEthereumAddress(Span<byte> destination) => EcdsaSignature.ToEthereumAddress(_uncompressedPublicKey, destination);

    /// <summary>Copies the 32-byte seed (the secret key) out.</summary>
    public void CopySeedTo(Span<byte> destination)
    {
        if (destination.Length < SeedLength)
            throw new ArgumentException($"a seed takes {SeedLength} bytes, got room for {destination.Length}", nameof(destination));
        _seed.CopyTo(destination);
    }

    /// <summary>Substrate signing: ECDSA over blake2_256(<paramref name="message"/>).</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signature = new byte[EcdsaSignature.SignatureLength];
        Sign(message, signature);
        return signature;
    }

    /// <summary>Substrate signing into <paramref name="signature"/> (65 bytes): ECDSA over blake2_256(<paramref name="message"/>).</summary>
    public void Sign(ReadOnlySpan<byte> message, Span<byte> signature)
    {
        Span<byte> hash = stackalloc byte[32];
        Blake2b.Hash256(message, hash);
        SignPrehashed(hash, signature);
    }

    /// <summary>Signs a 32-byte hash as it is (Ethereum: a keccak256 digest).</summary>
    public byte[] SignPrehashed(ReadOnlySpan<byte> messageHash)
    {
        var signature = new byte[EcdsaSignature.SignatureLength];
        SignPrehashed(messageHash, signature);
        return signature;
    }

    /// <summary>Signs a 32-byte hash as it is into <paramref name="signature"/> (65 bytes r ‖ s ‖ v, v ∈ {0, 1}).</summary>
    /// <exception cref="ArgumentException">The hash is not 32 bytes or the destination is shorter than 65.</exception>
    public void SignPrehashed(ReadOnlySpan<byte> messageHash, Span<byte> signature)
    {
        if (messageHash.Length != 32)
            throw new ArgumentException($"a message hash takes 32 bytes, got {messageHash.Length}", nameof(messageHash));
        if (signature.Length < EcdsaSignature.SignatureLength)
            throw new ArgumentException($"a signature takes {EcdsaSignature.SignatureLength} bytes, got room for {signature.Length}", nameof(signature));

        BigInteger e = Secp256k1.ReduceOnce(Secp256k1.ReadScalar(messageHash));
        Span<byte> reduced = stackalloc byte[32];
        Secp256k1.WriteScalar(e, reduced);

        Span<byte> state = stackalloc byte[64];
        Span<byte> nonce = stackalloc byte[32];
        var nonces = new Rfc6979HmacSha256(state, _seed, reduced);
        try
        {
            while (true)
            {
                nonces.Generate(nonce);
                BigInteger k = Secp256k1.ReadScalar(nonce);
                if (k.SignValue == 0 || k.CompareTo(Secp256k1.N) >= 0)
                    continue;

                ECPoint bigR = Secp256k1.MultiplyBase(k);
                BigInteger x = bigR.AffineXCoord.ToBigInteger();
                bool overflow = x.CompareTo(Secp256k1.N) >= 0;
                BigInteger r = overflow ? x.Subtract(Secp256k1.N) : x;
                if (r.SignValue == 0)
                    continue;

                BigInteger s = BigIntegers.ModOddInverse(Secp256k1.N, k).Multiply(e.Add(r.Multiply(_secret))).Mod(Secp256k1.N);
                if (s.SignValue == 0)
                    continue;

                int recoveryId = (bigR.AffineYCoord.TestBitZero() ? 1 : 0) | (overflow ? 2 : 0);
                // Negating s negates R, whose y parity flips; the x-overflow bit is unchanged.
                if (s.CompareTo(Secp256k1.HalfN) > 0)
                {
                    s = Secp256k1.N.Subtract(s);
                    recoveryId ^= 1;
                }

                Secp256k1.WriteScalar(r, signature);
                Secp256k1.WriteScalar(s, signature[32..]);
                signature[64] = (byte)recoveryId;
                return;
            }
        }
        finally
        {
            nonces.Clear();
            CryptographicOperations.ZeroMemory(nonce);
        }
    }

    /// <summary>Derives along one junction. Hard: the pair for <see cref="DeriveHardSeed"/>; soft: not supported for ecdsa.</summary>
    /// <param name="chainCode">The junction's 32-byte chain code.</param>
    /// <param name="hard">Whether the junction is hard (<c>//</c>).</param>
    /// <exception cref="NotSupportedException">The junction is soft (sp-core <c>DeriveError::SoftKeyInPath</c>); message <see cref="SoftJunctionError"/>.</exception>
    public EcdsaKeyPair Derive(ReadOnlySpan<byte> chainCode, bool hard)
    {
        if (!hard)
            throw new NotSupportedException(SoftJunctionError);
        Span<byte> derived = stackalloc byte[SeedLength];
        try
        {
            DeriveHardSeed(_seed, chainCode, derived);
            return new EcdsaKeyPair(derived);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    /// <summary>sp-core's hard junction: blake2_256(SCALE(("Secp256k1HDKD", seed, chainCode))).</summary>
    /// <exception cref="ArgumentException">A span is not 32 bytes.</exception>
    public static void DeriveHardSeed(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> chainCode, Span<byte> derivedSeed)
    {
        if (seed.Length != SeedLength)
            throw new ArgumentException($"a seed takes {SeedLength} bytes, got {seed.Length}", nameof(seed));
        if (chainCode.Length != 32)
            throw new ArgumentException($"a chain code takes 32 bytes, got {chainCode.Length}", nameof(chainCode));
        if (derivedSeed.Length < SeedLength)
            throw new ArgumentException($"a seed takes {SeedLength} bytes, got room for {derivedSeed.Length}", nameof(derivedSeed));

        // SCALE of a &str is its compact length then the bytes; 13 fits compact's single-byte mode (13 << 2).
        Span<byte> encoded = stackalloc byte[1 + 13 + SeedLength + 32];
        encoded[0] = (byte)(HdkdLabel.Length << 2);
        HdkdLabel.CopyTo(encoded[1..]);
        seed.CopyTo(encoded[(1 + HdkdLabel.Length)..]);
        chainCode.CopyTo(encoded[(1 + HdkdLabel.Length + SeedLength)..]);
        Blake2b.Hash256(encoded, derivedSeed);
        CryptographicOperations.ZeroMemory(encoded);
    }
}
