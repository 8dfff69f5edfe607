using Kusama.Core;

namespace Kusama.Trie.Tests.Proofs;

/// <summary>A state in one node store: a top trie of random keys with inline and (V1) hashed values, plus default child tries.</summary>
internal sealed class ProofState
{
    public ProofState(StateVersion version, int topCount, int seed, params (string Name, int Count)[] children)
    {
        var random = new Random(seed);
        var trie = new Trie(Store);
        for (int i = 0; i < topCount; i++)
        {
            byte[] key = RandomKey(random);
            byte[] value = RandomValue(random);
            trie.Insert(key, value);
            Top[key] = value;
        }
        foreach ((string name, int count) in children)
        {
            var child = new Trie(Store);
            var entries = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
            for (int i = 0; i < count; i++)
            {
                byte[] key = RandomKey(random);
                byte[] value = RandomValue(random);
                child.Insert(key, value);
                entries[key] = value;
            }
            TrieCommit childCommit = child.Commit(version);
            Store.Apply(childCommit);
            byte[] parentKey = ChildTrie.ParentKey(System.Text.Encoding.UTF8.GetBytes(name));
            trie.Insert(parentKey, childCommit.Root.ToArray());
            Top[parentKey] = childCommit.Root.ToArray();
            Children[childCommit.Root.ToArray()] = entries;
        }
        TrieCommit commit = trie.Commit(version);
        Store.Apply(commit);
        Root = commit.Root;
    }

    public MemoryTrieNodeStore Store { get; } = new();

    public Hash256 Root { get; }

    /// <summary>Every top-trie entry, child root keys included.</summary>
    public SortedDictionary<byte[], byte[]> Top { get; } = new(ByteArrayComparer.Instance);

    /// <summary>Each child trie's entries, by its root.</summary>
    public Dictionary<byte[], SortedDictionary<byte[], byte[]>> Children { get; } = new(ByteArrayComparer.Instance);

    /// <summary>Keys of 1..40 bytes, some sharing prefixes so branches carry values.</summary>
    private static byte[] RandomKey(Random random)
    {
        var key = new byte[random.Next(1, 40)];
        random.NextBytes(key);
        if (random.Next(4) == 0) key[0] = 0x42;
        return key;
    }

    /// <summary>Inline values (at most 32 bytes) and values V1 hashes (33 bytes and more), empty ones included.</summary>
    public static byte[] RandomValue(Random random)
    {
        var value = new byte[random.Next(3) switch { 0 => random.Next(0, 33), 1 => 33, _ => random.Next(34, 300) }];
        random.NextBytes(value);
        return value;
    }
}
