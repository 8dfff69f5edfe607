using System.Security.Cryptography;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Native;

namespace Kusama.Crypto.Sr25519;

/// <summary>schnorrkel's <c>SigningTranscript</c> operations on a Merlin transcript (proto-name, points, scalars, witnesses).</summary>
/// <remarks>
/// Witness methods take the transcript by <c>in</c> and work on a copy, as schnorrkel's <c>witness_bytes(&amp;self)</c>
/// does. Every witness mixes in 32 random bytes: pass them as <c>rng32</c> to reproduce another implementation's output
/// byte for byte, or leave it empty to draw them from the operating system.
/// </remarks>
public static class SigningTranscript
{
    /// <summary>Length of the external randomness mixed into every witness.</summary>
    public const int RngLength = 32;

    /// <summary>Commits the protocol name under the label "proto-name".</summary>
    public static void ProtoName(this ref MerlinTranscript transcript, ReadOnlySpan<byte> name) =>
        transcript.AppendMessage("proto-name"u8, name);

    /// <summary>Commits a compressed ristretto point under <paramref name="label"/>.</summary>
    public static void CommitPoint(this ref MerlinTranscript transcript, ReadOnlySpan<byte> label, ReadOnlySpan<byte> compressed) =>
        transcript.AppendMessage(label, compressed);

    /// <summary>Draws a challenge scalar: 64 challenge bytes reduced mod ℓ, written to <paramref name="scalar"/> (32 bytes).</summary>
    public static void ChallengeScalar(this ref MerlinTranscript transcript, ReadOnlySpan<byte> label, Span<byte> scalar)
    {
        Span<byte> wide = stackalloc byte[64];
        transcript.ChallengeBytes(label, wide);
        Ristretto255.ScalarReduce(scalar, wide);
    }

    /// <summary>Derives a secret witness scalar from a copy of the transcript, one nonce seed and external randomness.</summary>
    public static void WitnessScalar(this in MerlinTranscript transcript, ReadOnlySpan<byte> label, ReadOnlySpan<byte> nonceSeed,
        ReadOnlySpan<byte> rng32, Span<byte> scalar)
    {
        Span<byte> wide = stackalloc byte[64];
        WitnessBytes(transcript, label, wide, nonceSeed, default, 1, rng32);
        Ristretto255.ScalarReduce(scalar, wide);
        CryptographicOperations.ZeroMemory(wide);
    }

    /// <summary>Fills <paramref name="destination"/> with witness bytes bound to the transcript, one nonce seed and external randomness.</summary>
    public static void WitnessBytes(this in MerlinTranscript transcript, ReadOnlySpan<byte> label, Span<byte> destination,
        ReadOnlySpan<byte> nonceSeed, ReadOnlySpan<byte> rng32) =>
        WitnessBytes(transcript, label, destination, nonceSeed, default, 1, rng32);

    /// <summary>Fills <paramref name="destination"/> with witness bytes bound to the transcript, two nonce seeds and external randomness.</summary>
    public static void WitnessBytes(this in MerlinTranscript transcript, ReadOnlySpan<byte> label, Span<byte> destination,
        ReadOnlySpan<byte> nonceSeed1, ReadOnlySpan<byte> nonceSeed2, ReadOnlySpan<byte> rng32) =>
        WitnessBytes(transcript, label, destination, nonceSeed1, nonceSeed2, 2, rng32);

    private static void WitnessBytes(MerlinTranscript copy, ReadOnlySpan<byte> label, Span<byte> destination,
        ReadOnlySpan<byte> nonceSeed1, ReadOnlySpan<byte> nonceSeed2, int seeds, ReadOnlySpan<byte> rng32)
    {
        // An empty seed is still a seed (it commits a zero length), so the count says how many there are.
        copy.RekeyWithWitnessBytes(label, nonceSeed1);
        if (seeds == 2) copy.RekeyWithWitnessBytes(label, nonceSeed2);

        Span<byte> random = stackalloc byte[RngLength];
        if (rng32.IsEmpty)
            RandomNumberGenerator.Fill(random);
        else if (rng32.Length == RngLength)
            rng32.CopyTo(random);
        else
            throw new ArgumentException($"rng32 must be empty (use the OS RNG) or exactly {RngLength} bytes, got {rng32.Length}", nameof(rng32));

        copy.RekeyWithRandomBytes(random);
        copy.FillRngBytes(destination);
        CryptographicOperations.ZeroMemory(random);
    }
}
