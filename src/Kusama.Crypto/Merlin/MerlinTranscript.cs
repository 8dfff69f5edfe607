using System.Buffers.Binary;

namespace Kusama.Crypto.Merlin;

/// <summary>A Merlin v1.0 transcript (merlin crate semantics): labelled messages in, labelled challenge bytes out.</summary>
/// <remarks>
/// A value type wrapping the STROBE-128 sponge: copying a transcript (assignment, by-value parameter, <see cref="Clone"/>)
/// forks it, exactly like <c>Transcript::clone</c>. Mutating methods must be called on a variable, not on a readonly
/// field. <c>default(MerlinTranscript)</c> is not a transcript; always construct one with a label.
/// </remarks>
public struct MerlinTranscript
{
    private Strobe128 _strobe;

    /// <summary>Starts a transcript for the protocol named by <paramref name="label"/> ("Merlin v1.0" + dom-sep).</summary>
    public MerlinTranscript(ReadOnlySpan<byte> label)
    {
        _strobe = new Strobe128("Merlin v1.0"u8);
        AppendMessage("dom-sep"u8, label);
    }

    /// <summary>Returns an independent copy of this transcript.</summary>
    public readonly MerlinTranscript Clone() => this;

    /// <summary>Appends a prover's message: meta-AD(label ‖ LE32(length)), then AD(message).</summary>
    public void AppendMessage(ReadOnlySpan<byte> label, ReadOnlySpan<byte> message)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)message.Length);
        _strobe.MetaAd(label, false);
        _strobe.MetaAd(length, true);
        _strobe.Ad(message, false);
    }

    /// <summary>Appends a 64-bit value as its 8 little-endian bytes.</summary>
    public void AppendU64(ReadOnlySpan<byte> label, ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        AppendMessage(label, bytes);
    }

    /// <summary>Fills <paramref name="destination"/> with the verifier's challenge: meta-AD(label ‖ LE32(length)), then PRF.</summary>
    public void ChallengeBytes(ReadOnlySpan<byte> label, Span<byte> destination)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)destination.Length);
        _strobe.MetaAd(label, false);
        _strobe.MetaAd(length, true);
        _strobe.Prf(destination, false);
    }

    // The three steps below are merlin's TranscriptRngBuilder/TranscriptRng. They are only meaningful on a copy
    // (build_rng clones the transcript), so they stay internal to the witness helpers.

    /// <summary>Rekeys with prover-secret witness data: meta-AD(label ‖ LE32(length)), then KEY(witness).</summary>
    internal void RekeyWithWitnessBytes(ReadOnlySpan<byte> label, ReadOnlySpan<byte> witness)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)witness.Length);
        _strobe.MetaAd(label, false);
        _strobe.MetaAd(length, true);
        _strobe.Key(witness, false);
    }

    /// <summary>Finalises the RNG with 32 external random bytes: meta-AD("rng"), then KEY(random).</summary>
    internal void RekeyWithRandomBytes(ReadOnlySpan<byte> random32)
    {
        _strobe.MetaAd("rng"u8, false);
        _strobe.Key(random32, false);
    }

    /// <summary>Draws RNG output: meta-AD(LE32(length)), then PRF.</summary>
    internal void FillRngBytes(Span<byte> destination)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)destination.Length);
        _strobe.MetaAd(length, false);
        _strobe.Prf(destination, false);
    }
}
