using Kusama.Crypto.Curve25519;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Sr25519;

/// <summary>sr25519 signature verification: strict schnorrkel 0.11 (host function v2) and the pre-audit fallback (v1).</summary>
/// <remarks>
/// All methods are static, allocation-free and thread-safe, and return false (never throw) for hostile input: wrong
/// lengths, invalid points, non-canonical scalars, missing marker.
/// </remarks>
public static class Sr25519Signature
{
    /// <summary>Length of a signature: R (compressed point) ‖ s (scalar, bit 255 = schnorrkel marker).</summary>
    public const int Length = 64;

    /// <summary>Strict verify in the "substrate" context (sp-core <c>Pair::verify</c>, <c>ext_crypto_sr25519_verify_version_2</c>).</summary>
    public static bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey) =>
        Verify(SigningContext.Substrate.Bytes(message), signature, publicKey);

    /// <summary>Strict verify in an explicit signing context (schnorrkel <c>verify_simple</c>).</summary>
    public static bool VerifySimple(ReadOnlySpan<byte> context, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> publicKey) =>
        Verify(new SigningContext(context).Bytes(message), signature, publicKey);

    /// <summary>Strict verify against a caller-built transcript (schnorrkel <c>PublicKey::verify</c>): requires the marker bit and a canonical s.</summary>
    public static bool Verify(MerlinTranscript transcript, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> publicKey)
    {
        Span<byte> s = stackalloc byte[32];
        Span<byte> k = stackalloc byte[32];
        return TryChallenge(transcript, signature, publicKey, s, k) && EquationHolds(signature[..32], s, k, publicKey);
    }

    /// <summary>
    /// The strict checks before the group equation: lengths, marker bit and canonical s; then the challenge k from the
    /// transcript. Writes s (marker cleared) and k; false when the signature is malformed.
    /// </summary>
    internal static bool TryChallenge(MerlinTranscript transcript, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> publicKey, Span<byte> s, Span<byte> k)
    {
        if (signature.Length != Length || publicKey.Length != Sr25519KeyPair.PublicKeyLength)
            return false;
        if ((signature[63] & 0x80) == 0)
            return false; // NotMarkedSchnorrkel

        signature[32..].CopyTo(s);
        s[31] &= 0x7f;
        if (!Ristretto255.IsCanonicalScalar(s))
            return false;

        transcript.ProtoName("Schnorr-sig"u8);
        transcript.CommitPoint("sign:pk"u8, publicKey);
        transcript.CommitPoint("sign:R"u8, signature[..32]);
        transcript.ChallengeScalar("sign:c"u8, k);
        return true;
    }

    /// <summary>Verify accepting schnorrkel 0.1.1 (pre-audit, unmarked) signatures too (sp-core <c>verify_deprecated</c>,
    /// <c>ext_crypto_sr25519_verify_version_1</c>).</summary>
    /// <remarks>A marked signature is judged by the strict rules only; an unmarked one by the 0.1.1 transcript.</remarks>
    public static bool VerifyDeprecated(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey)
    {
        if (signature.Length != Length || publicKey.Length != Sr25519KeyPair.PublicKeyLength)
            return false;
        if ((signature[63] & 0x80) != 0)
            return Verify(signature, message, publicKey);

        ReadOnlySpan<byte> s = signature[32..];
        if (!Ristretto255.IsCanonicalScalar(s))
            return false;

        ReadOnlySpan<byte> r = signature[..32];
        var transcript = new MerlinTranscript("substrate"u8);
        transcript.AppendMessage("sign-bytes"u8, message);
        transcript.ProtoName("Schnorr-sig"u8);
        transcript.CommitPoint("pk"u8, publicKey);
        transcript.CommitPoint("no"u8, r);
        Span<byte> k = stackalloc byte[32];
        transcript.ChallengeScalar(""u8, k);
        return EquationHolds(r, s, k, publicKey);
    }

    /// <summary>R == s·B − k·A, compared by encoding as schnorrkel does; false when A is not a valid point.</summary>
    /// <remarks>
    /// One variable-time double-scalar multiplication (schnorrkel's <c>vartime_double_scalar_mul_basepoint</c>): every
    /// input is public, so it need not be constant-time, and it costs about half of k·A and s·B computed apart.
    /// </remarks>
    private static bool EquationHolds(ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, ReadOnlySpan<byte> k, ReadOnlySpan<byte> publicKey)
    {
        if (!RistrettoPoint.TryDecode(publicKey, out RistrettoPoint a))
            return false;
        // k comes reduced from the transcript and s was checked canonical, so both are below 2^255 as the multiplication requires.
        EdwardsPoint expected = EdwardsPoint.VartimeDoubleScalarMulBasepoint(k, EdwardsPoint.Negate(a.Point), s);
        Span<byte> expectedR = stackalloc byte[32];
        new RistrettoPoint(expected).Encode(expectedR);
        return expectedR.SequenceEqual(r);
    }
}
