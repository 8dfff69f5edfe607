using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Storage.Hashers;

/// <summary><c>Twox256</c>: twox-256 of the key; the key cannot be recovered.</summary>
public readonly struct Twox256 : IStorageHasher
{
    public static StorageHasher Kind => StorageHasher.Twox256;

    public static int DigestLength => 32;

    public static bool KeepsKey => false;

    public static void Digest(ReadOnlySpan<byte> data, Span<byte> output) => Twox.Hash256(data, output);
}
