using Kusama.Core;
using Kusama.Trie.Codec;

namespace Kusama.Trie;

/// <summary>Root of a list keyed by SCALE Compact(index) (<c>ordered_trie_root</c>); the extrinsics root uses it with V0.</summary>
public static class OrderedTrieRoot
{
    /// <summary>Root of <paramref name="items"/> (each a full encoded extrinsic for the extrinsics root).</summary>
    public static Hash256 Calculate(IReadOnlyList<byte[]> items, StateVersion version = StateVersion.V0)
    {
        ArgumentNullException.ThrowIfNull(items);
        int count = items.Count;
        if (count == 0) return TrieRoot.Empty;

        // Compact encodings do not sort like the numbers they encode (64 → 01 01 sorts before 1 → 04),
        // so the keys are sorted as bytes before streaming.
        var keys = new byte[count][];
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            var key = new byte[CompactLength.Size(i)];
            CompactLength.Write(key, i);
            keys[i] = key;
            order[i] = i;
        }
        Array.Sort(keys, order, ByteArrayComparer.Instance);

        using var builder = new TrieRootBuilder(version);
        for (int i = 0; i < count; i++)
            builder.Add(keys[i], items[order[i]] ?? throw new ArgumentException($"item {order[i]} is null", nameof(items)));
        return builder.Finish();
    }
}
