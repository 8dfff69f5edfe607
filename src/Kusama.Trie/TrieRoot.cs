using Kusama.Core;
using Kusama.Crypto.Hashing;

namespace Kusama.Trie;

/// <summary>Root of a key/value set as sp-trie computes it (<c>trie_root</c> under LayoutV0 or LayoutV1).</summary>
public static class TrieRoot
{
    /// <summary>Root of the empty trie: blake2-256(0x00).</summary>
    public static Hash256 Empty { get; } = Blake2b.Hash256([Codec.NodeCodec.EmptyTrie]);

    /// <summary>Root of pairs given in strictly ascending key order (throws <see cref="ArgumentException"/> otherwise).</summary>
    public static Hash256 Calculate(IEnumerable<KeyValuePair<byte[], byte[]>> sortedEntries, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(sortedEntries);
        using var builder = new TrieRootBuilder(version);
        foreach (KeyValuePair<byte[], byte[]> entry in sortedEntries)
            builder.Add(entry.Key, entry.Value);
        return builder.Finish();
    }

    /// <summary>Root of pairs in any order; a repeated key keeps its last value, as the host function <c>ext_trie_blake2_256_root</c> does.</summary>
    public static Hash256 CalculateUnsorted(IEnumerable<KeyValuePair<byte[], byte[]>> entries, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        foreach (KeyValuePair<byte[], byte[]> entry in entries)
            sorted[entry.Key] = entry.Value;
        return Calculate(sorted, version);
    }
}
