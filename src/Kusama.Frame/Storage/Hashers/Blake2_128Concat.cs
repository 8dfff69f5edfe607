using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Storage.Hashers;

/// <summary><c>Blake2_128Concat</c>: blake2b-128 of the key, then the key.</summary>
public readonly struct Blake2_128Concat : IStorageHasher
{
    public static StorageHasher Kind => StorageHasher.Blake2_128Concat;

    public static int DigestLength => 16;

    public static bool KeepsKey => true;

    public static void Digest(ReadOnlySpan<byte> data, Span<byte> output) => Blake2b.Hash128(data, output);
}
