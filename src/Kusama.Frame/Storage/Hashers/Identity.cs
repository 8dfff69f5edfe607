namespace Kusama.Frame.Storage.Hashers;

/// <summary><c>Identity</c>: the key itself; only for keys that are already hashes or not user-chosen.</summary>
public readonly struct Identity : IStorageHasher
{
    public static StorageHasher Kind => StorageHasher.Identity;

    public static int DigestLength => 0;

    public static bool KeepsKey => true;

    public static void Digest(ReadOnlySpan<byte> data, Span<byte> output) { }
}
