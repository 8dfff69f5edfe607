using System.Collections.Concurrent;
using System.Text;
using Kusama.Crypto.Hashing;

namespace Kusama.Frame.Storage;

/// <summary>Storage key hashing by <see cref="StorageHasher"/> value: digests, reversal of the key-keeping hashers, item prefixes.</summary>
public static class StorageHashing
{
    /// <summary>Length of a storage item prefix: twox128(pallet) ++ twox128(item).</summary>
    public const int PrefixLength = 32;

    /// <summary>Bytes of digest <paramref name="hasher"/> writes before the key (0 for <c>Identity</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hasher"/> is not a defined hasher.</exception>
    public static int DigestLength(StorageHasher hasher) => hasher switch
    {
        StorageHasher.Blake2_128 or StorageHasher.Blake2_128Concat or StorageHasher.Twox128 => 16,
        StorageHasher.Blake2_256 or StorageHasher.Twox256 => 32,
        StorageHasher.Twox64Concat => 8,
        StorageHasher.Identity => 0,
        _ => throw UnknownHasher(hasher),
    };

    /// <summary>True when the encoded key follows the digest, so it can be recovered.</summary>
    public static bool KeepsKey(StorageHasher hasher) => hasher switch
    {
        StorageHasher.Blake2_128Concat or StorageHasher.Twox64Concat or StorageHasher.Identity => true,
        StorageHasher.Blake2_128 or StorageHasher.Blake2_256 or StorageHasher.Twox128 or StorageHasher.Twox256 => false,
        _ => throw UnknownHasher(hasher),
    };

    /// <summary>Length of <paramref name="hasher"/>'s output for a key of <paramref name="keyLength"/> bytes.</summary>
    public static int HashedLength(StorageHasher hasher, int keyLength) => DigestLength(hasher) + (KeepsKey(hasher) ? keyLength : 0);

    /// <summary>Writes <paramref name="hasher"/>(<paramref name="key"/>) and returns its length.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <see cref="HashedLength"/>.</exception>
    public static int Hash(StorageHasher hasher, ReadOnlySpan<byte> key, Span<byte> output)
    {
        int digest = DigestLength(hasher);
        int length = HashedLength(hasher, key.Length);
        if (output.Length < length)
            throw new ArgumentException($"{hasher} of a {key.Length}-byte key needs {length} bytes, the output has {output.Length}.", nameof(output));
        switch (hasher)
        {
            case StorageHasher.Blake2_128 or StorageHasher.Blake2_128Concat: Blake2b.Hash128(key, output); break;
            case StorageHasher.Blake2_256: Blake2b.Hash256(key, output); break;
            case StorageHasher.Twox128: Twox.Hash128(key, output); break;
            case StorageHasher.Twox256: Twox.Hash256(key, output); break;
            case StorageHasher.Twox64Concat: Twox.Hash64(key, output); break;
        }
        if (KeepsKey(hasher)) key.CopyTo(output[digest..]);
        return length;
    }

    /// <summary>
    /// Recovers the key from the output of a key-keeping hasher (<c>Blake2_128Concat</c>, <c>Twox64Concat</c>, <c>Identity</c>):
    /// everything after the digest, which is checked. False for the other hashers or when the digest does not match.
    /// </summary>
    public static bool TryReverse(StorageHasher hasher, ReadOnlySpan<byte> hashed, out ReadOnlySpan<byte> key)
    {
        key = default;
        if (!KeepsKey(hasher)) return false;
        int digest = DigestLength(hasher);
        if (hashed.Length < digest) return false;
        ReadOnlySpan<byte> candidate = hashed[digest..];
        if (digest > 0)
        {
            Span<byte> check = stackalloc byte[16];
            if (hasher == StorageHasher.Blake2_128Concat) Blake2b.Hash128(candidate, check);
            else Twox.Hash64(candidate, check);
            if (!check[..digest].SequenceEqual(hashed[..digest])) return false;
        }
        key = candidate;
        return true;
    }

    /// <summary>
    /// Prefixes already computed: a runtime builds all its pallets (so every storage item) per execution, and two twox128
    /// per item would otherwise dominate that. Shared arrays: only handed out internally, never to be written.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Pallet, string Item), byte[]> s_prefixes = new();

    /// <summary>twox128(<paramref name="pallet"/>) ++ twox128(<paramref name="item"/>), the prefix of every key of a storage item.</summary>
    public static byte[] Prefix(string pallet, string item) => (byte[])SharedPrefix(pallet, item).Clone();

    /// <summary>Like <see cref="Prefix"/>, but one array shared by every caller: read it, never write it.</summary>
    internal static byte[] SharedPrefix(string pallet, string item)
    {
        ArgumentException.ThrowIfNullOrEmpty(pallet);
        ArgumentException.ThrowIfNullOrEmpty(item);
        return s_prefixes.GetOrAdd((pallet, item), static key => ComputePrefix(key.Pallet, key.Item));
    }

    private static byte[] ComputePrefix(string pallet, string item)
    {
        ArgumentException.ThrowIfNullOrEmpty(pallet);
        ArgumentException.ThrowIfNullOrEmpty(item);
        byte[] prefix = new byte[PrefixLength];
        Twox.Hash128(Encoding.UTF8.GetBytes(pallet), prefix);
        Twox.Hash128(Encoding.UTF8.GetBytes(item), prefix.AsSpan(16));
        return prefix;
    }

    private static ArgumentOutOfRangeException UnknownHasher(StorageHasher hasher) =>
        new(nameof(hasher), hasher, $"Unknown storage hasher {(byte)hasher}.");
}
