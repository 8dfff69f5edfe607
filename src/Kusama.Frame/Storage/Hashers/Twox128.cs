using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Storage.Hashers;

/// <summary><c>Twox128</c>: twox-128 of the key; the key cannot be recovered.</summary>
public readonly struct Twox128 : IStorageHasher
{
    public static StorageHasher Kind => StorageHasher.Twox128;

    public static int DigestLength => 16;

    public static bool KeepsKey => false;

    public static void Digest(ReadOnlySpan<byte> data, Span<byte> output) => Twox.Hash128(data, output);
}
