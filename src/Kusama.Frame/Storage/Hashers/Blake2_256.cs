using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Storage.Hashers;

/// <summary><c>Blake2_256</c>: blake2b-256 of the key; the key cannot be recovered.</summary>
public readonly struct Blake2_256 : IStorageHasher
{
    public static StorageHasher Kind => StorageHasher.Blake2_256;

    public static int DigestLength => 32;

    public static bool KeepsKey => false;

    public static void Digest(ReadOnlySpan<byte> data, Span<byte> output) => Blake2b.Hash256(data, output);
}
