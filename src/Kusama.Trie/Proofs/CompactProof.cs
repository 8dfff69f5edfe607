using Kusama.Core;
using Kusama.Trie.Codec;

namespace Kusama.Trie.Proofs;

/// <summary>
/// A storage proof in trie-db's compact form (sp-trie <c>CompactProof { encoded_nodes: Vec&lt;Vec&lt;u8&gt;&gt; }</c>): the top
/// trie's nodes, then the nodes of each default child trie in the order the top trie names their roots.
/// </summary>
public sealed class CompactProof
{
    private const int MinEncodedItemSize = 1;

    private readonly byte[][] _encodedNodes;

    /// <summary>A proof of exactly these items, in this order.</summary>
    public CompactProof(IEnumerable<byte[]> encodedNodes)
    {
        ArgumentNullException.ThrowIfNull(encodedNodes);
        _encodedNodes = [.. encodedNodes];
        foreach (byte[] item in _encodedNodes)
        {
            if (item is null) throw new ArgumentException("a compact proof item is null", nameof(encodedNodes));
        }
    }

    /// <summary>The compact-encoded nodes and detached values, in proof order.</summary>
    public IReadOnlyList<byte[]> EncodedNodes => _encodedNodes;

    /// <summary>
    /// The most entries a walk of the decoded proof may yield: each entry Substrate proves takes at least two bytes of its own
    /// in the proof (shared subtrees are emitted once per occurrence), so more means nodes reused by hash to make a reader
    /// walk far more than it was sent.
    /// </summary>
    internal long EntryBudget
    {
        get
        {
            long bytes = 16;
            foreach (byte[] item in _encodedNodes) bytes += item.Length;
            return bytes / 2;
        }
    }

    /// <summary>
    /// The compact form of the nodes of <paramref name="proof"/> under <paramref name="root"/> (sp-trie
    /// <c>StorageProof::into_compact_proof</c>); nodes reachable from no root are dropped.
    /// </summary>
    /// <exception cref="TrieProofException">The proof lacks the root node, or a child root in it is not 32 bytes.</exception>
    public static CompactProof FromStorageProof(StorageProof proof, Hash256 root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        MemoryTrieNodeStore store = proof.ToNodeStore();
        if (!store.Contains(root)) throw new TrieProofException($"the proof does not hold the root node {root}");
        List<Hash256> childRoots = ChildRoots(store, root, long.MaxValue);
        var items = new List<byte[]>();
        CompactTrieCodec.Encode(store, root, items);
        foreach (Hash256 childRoot in childRoots)
        {
            // A child root can be in the proof without any of its nodes (it was read, not iterated).
            if (store.Contains(childRoot)) CompactTrieCodec.Encode(store, childRoot, items);
        }
        return new CompactProof(items);
    }

    /// <summary>
    /// Rebuilds the full nodes (sp-trie <c>decode_compact</c>): the top trie, checked against <paramref name="expectedRoot"/>
    /// when given, then each child trie the top trie names. Returns the nodes and the top root.
    /// </summary>
    /// <exception cref="TrieProofException">Malformed, incomplete, a root mismatch, or items no root accounts for.</exception>
    public (MemoryTrieNodeStore Nodes, Hash256 Root) ToNodeStore(Hash256? expectedRoot = null)
    {
        try
        {
            return ToNodeStoreCore(expectedRoot);
        }
        catch (TrieException e) when (e is not TrieProofException)
        {
            throw new TrieProofException($"invalid compact proof: {e.Message}", e);
        }
    }

    private (MemoryTrieNodeStore Nodes, Hash256 Root) ToNodeStoreCore(Hash256? expectedRoot)
    {
        var store = new MemoryTrieNodeStore();
        int index = 0;
        Hash256 root = CompactTrieCodec.Decode(_encodedNodes, ref index, store);
        if (expectedRoot is { } expected && expected != root)
            throw new TrieProofException($"compact proof root mismatch: the proof gives {root}, expected {expected}");
        Hash256? pending = null;
        foreach (Hash256 childRoot in ChildRoots(store, root, EntryBudget))
        {
            if (pending is null && index < _encodedNodes.Length) pending = CompactTrieCodec.Decode(_encodedNodes, ref index, store);
            // A child root may be named without its trie being in the proof, so a mismatch only means "not this one".
            if (pending == childRoot) pending = null;
        }
        if (pending is { } extraneous)
            throw new TrieProofException($"compact proof holds child trie {extraneous} that the top trie does not name");
        if (index < _encodedNodes.Length)
            throw new TrieProofException($"compact proof has {_encodedNodes.Length - index} items no trie accounts for");
        return (store, root);
    }

    /// <summary>The full nodes as a plain <see cref="StorageProof"/> (sp-trie <c>CompactProof::to_storage_proof</c>).</summary>
    public StorageProof ToStorageProof(Hash256? expectedRoot = null)
    {
        (MemoryTrieNodeStore store, _) = ToNodeStore(expectedRoot);
        var nodes = new List<byte[]>(store.Count);
        foreach (Hash256 hash in store.Hashes) nodes.Add(store.Get(hash)!);
        return new StorageProof(nodes);
    }

    /// <summary>SCALE <c>Vec&lt;Vec&lt;u8&gt;&gt;</c>.</summary>
    public byte[] Encode() => EncodedNodeList.Encode(_encodedNodes);

    /// <summary>Decodes <see cref="Encode"/>'s format; throws <see cref="TrieProofException"/> on malformed bytes.</summary>
    public static CompactProof Decode(ReadOnlySpan<byte> encoded) => new(EncodedNodeList.Decode(encoded, "compact proof", MinEncodedItemSize));

    /// <summary>
    /// The default child-trie roots the partial top trie shows, in key order (sp-trie seeks <c>:child_storage:default:</c>
    /// and reads on while keys keep that prefix, passing over what the proof lacks).
    /// </summary>
    private static List<Hash256> ChildRoots(ITrieNodeStore store, Hash256 root, long budget)
    {
        var roots = new List<Hash256>();
        var iterator = new TrieNodeIterator(store, root);
        if (!iterator.Seek(ChildTrie.DefaultPrefix)) return roots;
        while (true)
        {
            TrieNodeIterator.Step step = iterator.NextItem();
            if (step == TrieNodeIterator.Step.Missing) continue;
            if (step != TrieNodeIterator.Step.Item || !iterator.ItemKey.AsSpan().StartsWith(ChildTrie.DefaultPrefix)) break;
            if (iterator.ItemValue.Length != Hash256.Length)
                throw new TrieProofException($"child trie root under 0x{Convert.ToHexString(iterator.ItemKey)} is not a 32-byte hash");
            roots.Add(new Hash256(iterator.ItemValue));
            if (roots.Count > budget) throw new TrieProofException("compact proof names more child tries than it can hold");
        }
        return roots;
    }
}
