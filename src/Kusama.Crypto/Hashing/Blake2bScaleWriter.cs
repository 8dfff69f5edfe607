using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Crypto.Hashing;

/// <summary>A SCALE write backend that hashes with BLAKE2b instead of keeping bytes: block hashes, call hashes, storage keys without a buffer.</summary>
public ref struct Blake2bScaleWriter : IScaleWriter
{
    // GetSpan/Advance pairs run on one thread without interleaving, so a per-thread scratch buffer is enough.
    [ThreadStatic]
    private static byte[]? t_scratch;

    private Blake2bHasher _hasher;

    /// <summary>A <c>blake2_256</c> writer.</summary>
    public Blake2bScaleWriter() : this(Hash256.Length)
    {
    }

    /// <param name="outputLength">Digest size in bytes (1..64).</param>
    public Blake2bScaleWriter(int outputLength) => _hasher = new Blake2bHasher(outputLength);

    public void WriteByte(byte value) => _hasher.Update(new ReadOnlySpan<byte>(in value));

    public void Write(scoped ReadOnlySpan<byte> bytes) => _hasher.Update(bytes);

    public readonly Span<byte> GetSpan(int sizeHint)
    {
        byte[]? scratch = t_scratch;
        if (scratch is null || scratch.Length < sizeHint)
            t_scratch = scratch = new byte[Math.Max(256, sizeHint)];
        return scratch;
    }

    public void Advance(int count) => _hasher.Update(t_scratch.AsSpan(0, count));

    /// <summary>Writes the digest of everything written so far.</summary>
    public void Finish(Span<byte> output) => _hasher.Finish(output);

    /// <summary>The <c>blake2_256</c> of everything written so far (for a writer created with output length 32).</summary>
    public Hash256 FinishHash256()
    {
        Span<byte> digest = stackalloc byte[Hash256.Length];
        _hasher.Finish(digest);
        return new Hash256(digest);
    }
}
