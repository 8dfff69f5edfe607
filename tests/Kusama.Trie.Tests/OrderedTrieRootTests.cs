using Kusama.Core;

namespace Kusama.Trie.Tests;

public class OrderedTrieRootTests
{
    public static IEnumerable<object[]> OrderedVectors()
    {
        foreach (TrieVector v in TrieVectors.Vectors)
            if (v.Name.Contains("ordered_root")) yield return [v.Name];
    }

    [Theory]
    [MemberData(nameof(OrderedVectors))]
    public void Ordered_root_of_three_items_matches_polkadot_spec(string name)
    {
        TrieVector vector = TrieVectors.Get(name);
        // The vector lists its keys explicitly as Compact(0..2); the items are the values in index order.
        Assert.Equal(new byte[][] { [0x00], [0x04], [0x08] }, vector.Entries.Select(e => e.Key).ToArray());
        byte[][] items = vector.Entries.Select(e => e.Value).ToArray();
        Assert.Equal(vector.Root, OrderedTrieRoot.Calculate(items, vector.Version));
    }

    [Fact]
    public void The_empty_extrinsics_list_has_the_empty_trie_root()
    {
        Assert.Equal(Hash256.Parse("0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314"), OrderedTrieRoot.Calculate([]));
    }

    [Fact]
    public void Indexes_from_64_use_two_byte_compact_keys_sorted_as_bytes()
    {
        // Compact(64) = 01 01 and Compact(65) = 05 01 (reference §3.1) sort among the one-byte keys.
        var items = new byte[70][];
        var entries = new List<KeyValuePair<byte[], byte[]>>();
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = [(byte)i, 0xee];
            byte[] key = i < 64 ? [(byte)(i << 2)] : [(byte)(((i << 2) | 1) & 0xff), (byte)(i >> 6)];
            entries.Add(new(key, items[i]));
        }
        Assert.Equal(new byte[] { 0x01, 0x01 }, entries[64].Key);
        Assert.Equal(new byte[] { 0x15, 0x01 }, entries[69].Key);
        Assert.Equal(TrieRoot.CalculateUnsorted(entries, StateVersion.V0), OrderedTrieRoot.Calculate(items));
    }
}
