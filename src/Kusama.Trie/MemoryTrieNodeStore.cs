using Kusama.Core;
using Kusama.Crypto.Hashing;

namespace Kusama.Trie;

/// <summary>An in-memory, reference-counted <see cref="ITrieNodeStore"/> for tests, proofs and scratch tries.</summary>
public sealed class MemoryTrieNodeStore : ITrieNodeStore
{
    private readonly Dictionary<Hash256, Entry> _entries = new();

    /// <summary>Number of distinct stored hashes.</summary>
    public int Count => _entries.Count;

    public byte[]? Get(Hash256 hash) => _entries.TryGetValue(hash, out Entry entry) ? entry.Data : null;

    public bool Contains(Hash256 hash) => _entries.ContainsKey(hash);

    /// <summary>The stored hashes, in no particular order.</summary>
    public IEnumerable<Hash256> Hashes => _entries.Keys;

    /// <summary>References held on <paramref name="hash"/> (0 when absent).</summary>
    public int ReferenceCount(Hash256 hash) => _entries.TryGetValue(hash, out Entry entry) ? entry.References : 0;

    /// <summary>Adds one reference to <paramref name="data"/> under <paramref name="hash"/>.</summary>
    public void Put(Hash256 hash, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ref Entry entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_entries, hash, out bool exists);
        if (!exists) entry.Data = data;
        entry.References++;
    }

    /// <summary>Stores <paramref name="data"/> under its own blake2-256 hash and returns that hash.</summary>
    public Hash256 Put(byte[] data)
    {
        Hash256 hash = Blake2b.Hash256(data);
        Put(hash, data);
        return hash;
    }

    /// <summary>Drops one reference; the entry goes when none remain. Returns false if the hash is unknown.</summary>
    public bool Release(Hash256 hash)
    {
        ref Entry entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_entries, hash);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref entry)) return false;
        if (--entry.References == 0) _entries.Remove(hash);
        return true;
    }

    /// <summary>Writes a commit's new nodes and, when <paramref name="pruneObsolete"/>, releases its obsolete ones (old roots then stop resolving).</summary>
    public void Apply(TrieCommit commit, bool pruneObsolete = true)
    {
        ArgumentNullException.ThrowIfNull(commit);
        foreach (KeyValuePair<Hash256, byte[]> node in commit.NewNodes) Put(node.Key, node.Value);
        if (!pruneObsolete) return;
        foreach (Hash256 hash in commit.ObsoleteNodes)
        {
            if (!Release(hash)) throw new InvalidOperationException($"commit releases node {hash} which this store does not hold");
        }
    }

    private struct Entry
    {
        public byte[] Data;
        public int References;
    }
}
