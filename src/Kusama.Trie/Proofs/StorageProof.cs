using Kusama.Trie.Codec;

namespace Kusama.Trie.Proofs;

/// <summary>A set of encoded trie nodes (and V1 value nodes) that lets a holder of the root read some keys (sp-trie <c>StorageProof</c>).</summary>
public sealed class StorageProof
{
    /// <summary>Smallest encoded entry (a length byte and a one-byte node): bounds the node count a decoder accepts before allocating.</summary>
    private const int MinEncodedNodeSize = 2;

    private readonly byte[][] _nodes;

    /// <summary>Deduplicates and sorts <paramref name="nodes"/> (the order of sp-trie's <c>BTreeSet</c>).</summary>
    public StorageProof(IEnumerable<byte[]> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var set = new SortedSet<byte[]>(ByteArrayComparer.Instance);
        foreach (byte[] node in nodes)
            set.Add(node ?? throw new ArgumentException("a proof node is null", nameof(nodes)));
        _nodes = [.. set];
    }

    /// <summary>The encoded nodes, sorted and distinct.</summary>
    public IReadOnlyList<byte[]> Nodes => _nodes;

    /// <summary>SCALE <c>Vec&lt;Vec&lt;u8&gt;&gt;</c>, as sp-trie encodes a <c>StorageProof</c>.</summary>
    public byte[] Encode() => EncodedNodeList.Encode(_nodes);

    /// <summary>Decodes <see cref="Encode"/>'s format; throws <see cref="TrieProofException"/> on malformed bytes.</summary>
    public static StorageProof Decode(ReadOnlySpan<byte> encoded) => new(EncodedNodeList.Decode(encoded, "storage proof", MinEncodedNodeSize));

    /// <summary>A node store holding each proof node under its own hash, so a node can only be found by a reference that matches it.</summary>
    public MemoryTrieNodeStore ToNodeStore()
    {
        var store = new MemoryTrieNodeStore();
        foreach (byte[] node in _nodes) store.Put(node);
        return store;
    }
}
