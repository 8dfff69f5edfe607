using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Scale;

namespace Kusama.Runtime.Benchmarking;

/// <summary>frame-benchmarking's test accounts: <c>account(name, index, seed)</c> and <c>whitelisted_caller()</c>.</summary>
public static class BenchmarkAccounts
{
    /// <summary>
    /// FRAME's <c>account</c>: the account decoded from <c>blake2_256((name, index, seed).encode())</c> (the name as a
    /// SCALE <c>str</c>, then both numbers as little-endian u32).
    /// </summary>
    public static AccountId32 Account(string name, uint index, uint seed)
    {
        ArgumentNullException.ThrowIfNull(name);
        byte[] utf8 = global::System.Text.Encoding.UTF8.GetBytes(name);
        int prefix = ScaleWriter.CompactSize((uint)utf8.Length);
        byte[] encoded = new byte[prefix + utf8.Length + 8];
        var writer = new SpanScaleWriter(encoded);
        ScaleWriter.WriteCompact(ref writer, (uint)utf8.Length);
        utf8.CopyTo(encoded, prefix);
        BinaryPrimitives.WriteUInt32LittleEndian(encoded.AsSpan(prefix + utf8.Length), index);
        BinaryPrimitives.WriteUInt32LittleEndian(encoded.AsSpan(prefix + utf8.Length + 4), seed);
        Hash256 entropy = Blake2b.Hash256(encoded);
        return new AccountId32(entropy.Bytes);
    }

    /// <summary>FRAME's <c>whitelisted_caller</c>: <c>account("whitelisted_caller", 0, 0)</c>.</summary>
    public static AccountId32 WhitelistedCaller { get; } = Account("whitelisted_caller", 0, 0);
}
