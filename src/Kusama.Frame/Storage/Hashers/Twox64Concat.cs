using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Storage.Hashers;

/// <summary><c>Twox64Concat</c>: xxh64 (seed 0, little endian) of the key, then the key; only for keys a user cannot choose.</summary>
public readonly struct Twox64Concat : IStorageHasher
{
    public static StorageHasher Kind => StorageHasher.Twox64Concat;

    public static int DigestLength => 8;

    public static bool KeepsKey => true;

    public static void Digest(ReadOnlySpan<byte> data, Span<byte> output) => Twox.Hash64(data, output);
}
