using Kusama.Core;
using Kusama.Trie;

namespace Kusama.State.Tests;

/// <summary>A plain sorted-dictionary model of a state (top and child tries) to check the backend against.</summary>
internal sealed class StateModel
{
    public SortedDictionary<byte[], byte[]> Top { get; } = new(ByteArrayComparer.Instance);

    public SortedDictionary<byte[], SortedDictionary<byte[], byte[]>> Children { get; } = new(ByteArrayComparer.Instance);

    public StateModel Clone()
    {
        var copy = new StateModel();
        foreach (var entry in Top) copy.Top[entry.Key] = entry.Value;
        foreach (var child in Children) copy.Children[child.Key] = new SortedDictionary<byte[], byte[]>(child.Value, ByteArrayComparer.Instance);
        return copy;
    }

    public void Apply(StateChanges changes)
    {
        foreach (var change in changes.Top) Set(Top, change.Key, change.Value);
        foreach (var child in changes.Children)
        {
            if (!Children.TryGetValue(child.Key, out var map)) Children[child.Key] = map = new(ByteArrayComparer.Instance);
            foreach (var change in child.Value) Set(map, change.Key, change.Value);
            if (map.Count == 0) Children.Remove(child.Key);
        }
    }

    /// <summary>The top trie's full entries, child roots included, in key order.</summary>
    public SortedDictionary<byte[], byte[]> FullTop(StateVersion version)
    {
        var full = new SortedDictionary<byte[], byte[]>(Top, ByteArrayComparer.Instance);
        foreach (var child in Children)
            full[ChildTrie.ParentKey(child.Key)] = TrieRoot.Calculate(child.Value, version).ToArray();
        return full;
    }

    public Hash256 Root(StateVersion version) => TrieRoot.Calculate(FullTop(version), version);

    /// <summary>Every node hash of this state as a fresh trie stores it (child tries included).</summary>
    public void CollectNodes(StateVersion version, HashSet<Hash256> into)
    {
        foreach (var child in Children) Collect(child.Value, version, into);
        Collect(FullTop(version), version, into);
    }

    /// <summary>Random inserts, updates and deletes over a small key space, sometimes in child tries.</summary>
    public StateChanges RandomChanges(Random random, int count, int keySpace = 400, bool children = true)
    {
        var top = new Dictionary<byte[], byte[]?>(ByteArrayComparer.Instance);
        var childChanges = new SortedDictionary<byte[], Dictionary<byte[], byte[]?>>(ByteArrayComparer.Instance);
        for (int i = 0; i < count; i++)
        {
            byte[] key = Key(random.Next(keySpace));
            byte[]? value = random.Next(4) == 0 ? null : Value(random);
            if (children && random.Next(5) == 0)
            {
                byte[] childKey = [(byte)'c', (byte)random.Next(3)];
                if (!childChanges.TryGetValue(childKey, out var map)) childChanges[childKey] = map = new(ByteArrayComparer.Instance);
                map[key] = value;
            }
            else
            {
                top[key] = value;
            }
        }
        var children2 = new List<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>>>();
        foreach (var child in childChanges)
            children2.Add(new(child.Key, Sorted(child.Value)));
        return new StateChanges(Sorted(top), children2);
    }

    public static byte[] Key(int index)
    {
        // Shared leading bytes give the trie branches and extensions of various depths.
        var key = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(key.AsSpan(4), (uint)index * 2654435761u);
        key[0] = (byte)(index % 3);
        return key;
    }

    public static Hash256 BlockHash(uint number, int fork)
    {
        Span<byte> seed = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(seed, number);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(seed[4..], fork);
        return Crypto.Hashing.Blake2b.Hash256(seed);
    }

    private static byte[] Value(Random random)
    {
        // Both sides of V1's 33-byte threshold.
        var value = new byte[random.Next(1, 64)];
        random.NextBytes(value);
        return value;
    }

    private static List<KeyValuePair<byte[], byte[]?>> Sorted(Dictionary<byte[], byte[]?> map)
    {
        var list = map.ToList();
        list.Sort((a, b) => ByteArrayComparer.Instance.Compare(a.Key, b.Key));
        return list;
    }

    private static void Set(SortedDictionary<byte[], byte[]> map, byte[] key, byte[]? value)
    {
        if (value is null) map.Remove(key);
        else map[key] = value;
    }

    private static void Collect(SortedDictionary<byte[], byte[]> entries, StateVersion version, HashSet<Hash256> into)
    {
        var store = new MemoryTrieNodeStore();
        var trie = new Kusama.Trie.Trie(store);
        foreach (var entry in entries) trie.Insert(entry.Key, entry.Value);
        store.Apply(trie.Commit(version));
        foreach (Hash256 hash in store.Hashes) into.Add(hash);
    }
}
