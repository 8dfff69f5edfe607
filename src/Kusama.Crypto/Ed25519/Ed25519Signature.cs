using System.Buffers;
using System.Security.Cryptography;
using Kusama.Crypto.Curve25519;
using Kusama.Crypto.Hashing;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Ed25519;

/// <summary>
/// ed25519 as Substrate uses it: RFC 8032 keys and signatures, sp-core hard derivation ("Ed25519HDKD"), and
/// verification with the ZIP-215 consensus rules of ed25519-zebra (what <c>ext_crypto_ed25519_verify</c> runs).
/// </summary>
public static class Ed25519Signature
{
    public const int SeedSize = 32;
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;
    public const int ChainCodeSize = 32;

    /// <summary>Message bytes up to which the SHA-512 input R ‖ A ‖ M is assembled on the stack.</summary>
    private const int StackHashInputLimit = 1024;

    /// <summary>SCALE encoding of the string "Ed25519HDKD": compact length 11 (11 &lt;&lt; 2 = 0x2c), then the ASCII bytes.</summary>
    private static ReadOnlySpan<byte> HdkdPrefix => "\u002cEd25519HDKD"u8;

    /// <summary>Computes the public key for a 32-byte seed (RFC 8032 §5.1.5).</summary>
    public static void GetPublicKey(ReadOnlySpan<byte> seed, Span<byte> publicKey)
    {
        CheckLength(seed, SeedSize, nameof(seed));
        CheckLength(publicKey, PublicKeySize, nameof(publicKey));
        Span<byte> secretKey = stackalloc byte[64];
        LibSodium.crypto_sign_seed_keypair(publicKey, secretKey, seed);
        CryptographicOperations.ZeroMemory(secretKey);
    }

    /// <summary>Deterministic RFC 8032 signature of <paramref name="message"/> with the key from <paramref name="seed"/>.</summary>
    public static void Sign(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> message, Span<byte> signature)
    {
        CheckLength(seed, SeedSize, nameof(seed));
        CheckLength(signature, SignatureSize, nameof(signature));
        Span<byte> publicKey = stackalloc byte[32];
        Span<byte> secretKey = stackalloc byte[64];
        LibSodium.crypto_sign_seed_keypair(publicKey, secretKey, seed);
        LibSodium.crypto_sign_detached(signature, out _, message, (ulong)message.Length, secretKey);
        CryptographicOperations.ZeroMemory(secretKey);
    }

    /// <summary>
    /// sp-core hard derivation: the child seed is blake2_256(SCALE(("Ed25519HDKD", seed, chainCode))).
    /// </summary>
    public static void DeriveHard(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> chainCode, Span<byte> derivedSeed)
    {
        CheckLength(seed, SeedSize, nameof(seed));
        CheckLength(chainCode, ChainCodeSize, nameof(chainCode));
        CheckLength(derivedSeed, SeedSize, nameof(derivedSeed));
        Span<byte> input = stackalloc byte[12 + 32 + 32];
        HdkdPrefix.CopyTo(input);
        seed.CopyTo(input[12..]);
        chainCode.CopyTo(input[44..]);
        Blake2b.Hash256(input, derivedSeed);
        CryptographicOperations.ZeroMemory(input);
    }

    /// <summary>
    /// Derives along one junction. ed25519 has only hard junctions; a soft one throws
    /// <see cref="NotSupportedException"/> (sp-core's DeriveError::SoftKeyInPath).
    /// </summary>
    public static void Derive(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> chainCode, bool hard, Span<byte> derivedSeed)
    {
        if (!hard)
        {
            throw new NotSupportedException("soft derivation not supported for ed25519");
        }

        DeriveHard(seed, chainCode, derivedSeed);
    }

    /// <summary>
    /// Consensus verification with ZIP-215 semantics (ed25519-zebra 2.x / 4.x, Substrate's ed25519_verify): s must be
    /// canonical; A and R may be non-canonical or of small order; valid iff [8]([s]B − R − [k]A) is the identity.
    /// Returns false for wrong lengths.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize)
        {
            return false;
        }

        // Fast path: libsodium's strict verifier. Whatever it accepts is ZIP-215 valid:
        //  * it requires s < ℓ, the same rule ZIP-215 has;
        //  * it requires A to be a canonical encoding of a curve point (not of small order), and that point is the one
        //    dalek's permissive decoder yields for the same bytes, so [k]A is the same point in both;
        //  * it hashes the signature's own R bytes and the key bytes, as ZIP-215 does, so k is the same scalar;
        //  * it accepts only if the canonical encoding of R' = [s]B − [k]A equals the R bytes, so R decodes (under any
        //    rule) to exactly R', i.e. [s]B − R − [k]A is the identity, and then so is [8] of it.
        // A rejection proves nothing under ZIP-215 (small-order or non-canonical points, torsion components that
        // only cancel in the cofactored equation), so the managed check decides those.
        if (LibSodium.crypto_sign_verify_detached(signature, message, (ulong)message.Length, publicKey) == 0)
        {
            return true;
        }

        return VerifyZip215(publicKey, message, signature);
    }

    /// <summary>
    /// Strict verification (libsodium / RFC 8032 with small-order rejection, close to dalek's verify_strict): canonical
    /// A and s, A and R not of small order, cofactorless equation with R compared byte for byte. For non-consensus
    /// callers (networking) that want to refuse malleable edge cases.
    /// </summary>
    public static bool VerifyStrict(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize)
        {
            return false;
        }

        return LibSodium.crypto_sign_verify_detached(signature, message, (ulong)message.Length, publicKey) == 0;
    }

    /// <summary>The managed ZIP-215 check alone (ed25519-zebra's VerificationKey::verify), without the libsodium fast path.</summary>
    internal static bool VerifyZip215(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize)
        {
            return false;
        }

        ReadOnlySpan<byte> rBytes = signature[..32];
        ReadOnlySpan<byte> s = signature[32..];
        if (!Scalar.IsCanonical(s))
        {
            return false;
        }

        if (!EdwardsPoint.TryDecompress(publicKey, out EdwardsPoint a) || !EdwardsPoint.TryDecompress(rBytes, out EdwardsPoint r))
        {
            return false;
        }

        Span<byte> k = stackalloc byte[32];
        ComputeChallenge(rBytes, publicKey, message, k);

        EdwardsPoint minusA = EdwardsPoint.Negate(a);
        EdwardsPoint rPrime = EdwardsPoint.VartimeDoubleScalarMulBasepoint(k, minusA, s);
        return EdwardsPoint.Subtract(r, rPrime).MulByCofactor().IsIdentity;
    }

    /// <summary>k = SHA-512(R ‖ A ‖ M) mod ℓ, over the bytes as given (non-canonical encodings are hashed as they are).</summary>
    private static void ComputeChallenge(ReadOnlySpan<byte> r, ReadOnlySpan<byte> a, ReadOnlySpan<byte> message, Span<byte> k)
    {
        Span<byte> digest = stackalloc byte[64];
        int length = 64 + message.Length;
        byte[]? rented = null;
        Span<byte> input = length <= StackHashInputLimit + 64
            ? stackalloc byte[StackHashInputLimit + 64]
            : (rented = ArrayPool<byte>.Shared.Rent(length));
        input = input[..length];
        r.CopyTo(input);
        a.CopyTo(input[32..]);
        message.CopyTo(input[64..]);
        SHA512.HashData(input, digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        Scalar.Reduce(digest, k);
    }

    private static void CheckLength(ReadOnlySpan<byte> value, int expected, string name)
    {
        if (value.Length != expected)
        {
            throw new ArgumentException($"{name} must be {expected} bytes, got {value.Length}.", name);
        }
    }
}
