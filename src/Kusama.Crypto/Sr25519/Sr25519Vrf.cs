using System.Security.Cryptography;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Sr25519;

/// <summary>schnorrkel's VRF (vrf.rs) with the Kusama DLEQ ordering: non-malleable input hashing, proofs, and output bytes.</summary>
/// <remarks>
/// The input is any Merlin transcript (BABE builds Transcript("BABE") + slot, epoch, randomness). The public key is
/// committed ("vrf-nm-pk") before hashing to a point, so outputs do not carry over between soft-derived keys. Verify
/// and <c>MakeBytes</c> are static, allocation-free, thread-safe, and return false for hostile input.
/// </remarks>
public static class Sr25519Vrf
{
    /// <summary>Length of a pre-output (a compressed point, key·input).</summary>
    public const int PreOutputLength = 32;

    /// <summary>Length of a proof: c ‖ s, two canonical scalars.</summary>
    public const int ProofLength = 64;

    /// <summary>The extra transcript schnorrkel and sp-core use when none is given: Transcript("VRF").</summary>
    internal static readonly MerlinTranscript DefaultExtra = new("VRF"u8);

    /// <summary>The VRF input point for <paramref name="input"/> under <paramref name="publicKey"/> (schnorrkel <c>vrf_hash</c>).</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public static void HashInput(ReadOnlySpan<byte> publicKey, MerlinTranscript input, Span<byte> inputPoint)
    {
        if (inputPoint.Length < Ristretto255.Length)
            throw new ArgumentException($"The input point destination needs {Ristretto255.Length} bytes, got {inputPoint.Length}", nameof(inputPoint));
        input.CommitPoint("vrf-nm-pk"u8, publicKey);
        Span<byte> hash = stackalloc byte[64];
        input.ChallengeBytes("VRFHash"u8, hash);
        Ristretto255.FromHash(inputPoint, hash);
    }

    /// <summary>Verifies a VRF pre-output and proof with the default extra transcript "VRF".</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, MerlinTranscript input, ReadOnlySpan<byte> preOutput, ReadOnlySpan<byte> proof) =>
        Verify(publicKey, input, DefaultExtra, preOutput, proof);

    /// <summary>Verifies a VRF pre-output and DLEQ proof (schnorrkel <c>vrf_verify_extra</c>, sp-core <c>vrf_verify</c>).</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, MerlinTranscript input, MerlinTranscript extra, ReadOnlySpan<byte> preOutput,
        ReadOnlySpan<byte> proof)
    {
        if (publicKey.Length != Sr25519KeyPair.PublicKeyLength || preOutput.Length != PreOutputLength || proof.Length != ProofLength)
            return false;
        ReadOnlySpan<byte> c = proof[..32];
        ReadOnlySpan<byte> s = proof[32..];
        if (!Ristretto255.IsCanonicalScalar(c) || !Ristretto255.IsCanonicalScalar(s))
            return false;
        if (Ristretto255.IsZero(preOutput))
            return false; // the identity is rejected as a pre-output (attach_input_hash)

        Span<byte> inputPoint = stackalloc byte[32];
        HashInput(publicKey, input, inputPoint);

        // R = c·A + s·B and Hr = c·output + s·input; the multiplications also reject invalid A and output encodings.
        Span<byte> t1 = stackalloc byte[32];
        Span<byte> t2 = stackalloc byte[32];
        Span<byte> bigR = stackalloc byte[32];
        Span<byte> hr = stackalloc byte[32];
        if (!Ristretto255.ScalarMult(t1, c, publicKey))
            return false;
        Ristretto255.ScalarMultBase(t2, s);
        Ristretto255.Add(bigR, t1, t2);
        if (!Ristretto255.ScalarMult(t1, c, preOutput))
            return false;
        Ristretto255.ScalarMult(t2, s, inputPoint);
        Ristretto255.Add(hr, t1, t2);

        extra.ProtoName("DLEQProof"u8);
        extra.CommitPoint("vrf:h"u8, inputPoint);
        extra.CommitPoint("vrf:R=g^r"u8, bigR);
        extra.CommitPoint("vrf:h^r"u8, hr);
        extra.CommitPoint("vrf:pk"u8, publicKey);
        extra.CommitPoint("vrf:h^sk"u8, preOutput);
        Span<byte> expectedC = stackalloc byte[32];
        extra.ChallengeScalar("prove"u8, expectedC);
        return expectedC.SequenceEqual(c);
    }

    /// <summary>Output bytes for an (input point, pre-output) pair (schnorrkel <c>VRFInOut::make_bytes</c>): transcript
    /// "VRFResult", append_message("", context), commit "vrf-in" and "vrf-out", challenge "".</summary>
    /// <remarks>Only meaningful once the pre-output is verified (or self-produced); BABE uses context "substrate-babe-vrf".</remarks>
    /// <exception cref="ArgumentException">The input point or pre-output is not 32 bytes.</exception>
    public static void MakeBytes(ReadOnlySpan<byte> context, ReadOnlySpan<byte> inputPoint, ReadOnlySpan<byte> preOutput, Span<byte> destination)
    {
        if (inputPoint.Length != Ristretto255.Length || preOutput.Length != PreOutputLength)
            throw new ArgumentException($"The VRF input point and pre-output are {Ristretto255.Length} bytes each, got {inputPoint.Length} and {preOutput.Length}");
        var transcript = new MerlinTranscript("VRFResult"u8);
        transcript.AppendMessage(""u8, context);
        transcript.CommitPoint("vrf-in"u8, inputPoint);
        transcript.CommitPoint("vrf-out"u8, preOutput);
        transcript.ChallengeBytes(""u8, destination);
    }

    /// <summary>Output bytes from a public key, input transcript and pre-output (sp-core <c>Public::make_bytes</c>).
    /// False when the public key or pre-output is invalid (or the pre-output is the identity).</summary>
    public static bool MakeBytes(ReadOnlySpan<byte> publicKey, MerlinTranscript input, ReadOnlySpan<byte> preOutput, ReadOnlySpan<byte> context,
        Span<byte> destination)
    {
        if (publicKey.Length != Sr25519KeyPair.PublicKeyLength || preOutput.Length != PreOutputLength)
            return false;
        if (!Ristretto255.IsValidPoint(publicKey) || !Ristretto255.IsValidPoint(preOutput) || Ristretto255.IsZero(preOutput))
            return false;
        Span<byte> inputPoint = stackalloc byte[32];
        HashInput(publicKey, input, inputPoint);
        MakeBytes(context, inputPoint, preOutput, destination);
        return true;
    }

    /// <summary>schnorrkel <c>vrf_sign_extra</c> + <c>dleq_proove</c> with <c>KUSAMA_VRF</c> ordering.</summary>
    internal static void Sign(Sr25519KeyPair pair, MerlinTranscript input, MerlinTranscript extra, Span<byte> preOutput, Span<byte> proof,
        ReadOnlySpan<byte> rng32)
    {
        if (preOutput.Length < PreOutputLength)
            throw new ArgumentException($"The pre-output destination needs {PreOutputLength} bytes, got {preOutput.Length}", nameof(preOutput));
        if (proof.Length < ProofLength)
            throw new ArgumentException($"The proof destination needs {ProofLength} bytes, got {proof.Length}", nameof(proof));

        Sr25519SecretKey secret = pair.Secret;
        ReadOnlySpan<byte> publicKey = pair.PublicKey;
        Span<byte> inputPoint = stackalloc byte[32];
        HashInput(publicKey, input, inputPoint);
        Span<byte> output = stackalloc byte[32];
        Ristretto255.ScalarMult(output, secret.Key, inputPoint);

        extra.ProtoName("DLEQProof"u8);
        extra.CommitPoint("vrf:h"u8, inputPoint);
        Span<byte> r = stackalloc byte[32];
        // schnorrkel's label b"proving\x000" is "proving", a NUL byte, then "0".
        extra.WitnessScalar("proving\00"u8, secret.Nonce, rng32, r);
        Span<byte> point = stackalloc byte[32];
        Ristretto255.ScalarMultBase(point, r);
        extra.CommitPoint("vrf:R=g^r"u8, point);
        Ristretto255.ScalarMult(point, r, inputPoint);
        extra.CommitPoint("vrf:h^r"u8, point);
        extra.CommitPoint("vrf:pk"u8, publicKey);
        extra.CommitPoint("vrf:h^sk"u8, output);

        Span<byte> c = proof[..32];
        extra.ChallengeScalar("prove"u8, c);
        Span<byte> cKey = stackalloc byte[32];
        Ristretto255.ScalarMul(cKey, c, secret.Key);
        Ristretto255.ScalarSub(proof.Slice(32, 32), r, cKey);
        output.CopyTo(preOutput);
        CryptographicOperations.ZeroMemory(r);
        CryptographicOperations.ZeroMemory(cKey);
    }
}
