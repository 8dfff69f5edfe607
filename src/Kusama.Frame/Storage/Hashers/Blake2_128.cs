using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Storage.Hashers;

/// <summary><c>Blake2_128</c>: blake2b-128 of the key; the key cannot be recovered.</summary>
public readonly struct Blake2_128 : IStorageHasher
{
    public static StorageHasher Kind => StorageHasher.Blake2_128;

    public static int DigestLength => 16;

    public static bool KeepsKey => false;

    public static void Digest(ReadOnlySpan<byte> data, Span<byte> output) => Blake2b.Hash128(data, output);
}
