using Kusama.Core;

namespace Kusama.Crypto.Hashing;

/// <summary>One-shot BLAKE2b, the hash behind Substrate's <c>blake2_128</c>, <c>blake2_256</c> and <c>blake2_512</c>.</summary>
public static class Blake2b
{
    /// <summary>Hashes <paramref name="data"/> into <paramref name="output"/>, whose length (1..64) is the digest size.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        var hasher = new Blake2bHasher(output.Length);
        hasher.Update(data);
        hasher.Finish(output);
    }

    /// <summary>Keyed BLAKE2b (key of 0..64 bytes) with a digest the size of <paramref name="output"/>.</summary>
    public static void HashKeyed(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> output)
    {
        var hasher = new Blake2bHasher(output.Length, key);
        hasher.Update(data);
        hasher.Finish(output);
    }

    /// <summary><c>blake2_128</c>: a 16-byte digest.</summary>
    public static void Hash128(ReadOnlySpan<byte> data, Span<byte> output) => Hash(data, output[..16]);

    /// <summary><c>blake2_256</c>: a 32-byte digest.</summary>
    public static void Hash256(ReadOnlySpan<byte> data, Span<byte> output) => Hash(data, output[..32]);

    /// <summary><c>blake2_256</c> as a <see cref="Core.Hash256"/>.</summary>
    public static Hash256 Hash256(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[32];
        Hash(data, digest);
        return new Hash256(digest);
    }

    /// <summary><c>blake2_512</c>: a 64-byte digest.</summary>
    public static void Hash512(ReadOnlySpan<byte> data, Span<byte> output) => Hash(data, output[..64]);
}
