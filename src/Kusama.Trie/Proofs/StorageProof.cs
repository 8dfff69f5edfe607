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
    public byte[] Encode()
    {
        int size = CompactLength.Size(_nodes.Length);
        foreach (byte[] node in _nodes) size += CompactLength.Size(node.Length) + node.Length;
        var output = new byte[size];
        int offset = CompactLength.Write(output, _nodes.Length);
        foreach (byte[] node in _nodes)
        {
            offset += CompactLength.Write(output.AsSpan(offset), node.Length);
            node.CopyTo(output, offset);
            offset += node.Length;
        }
        return output;
    }

    /// <summary>Decodes <see cref="Encode"/>'s format; throws <see cref="TrieProofException"/> on malformed bytes.</summary>
    public static StorageProof Decode(ReadOnlySpan<byte> encoded)
    {
        int offset = 0;
        string? error = CompactLength.TryRead(encoded, ref offset, out uint count);
        if (error is not null) throw new TrieProofException($"invalid storage proof: node count: {error}");
        if (count > (uint)(encoded.Length - offset) / MinEncodedNodeSize)
            throw new TrieProofException($"invalid storage proof: {count} nodes cannot fit in {encoded.Length - offset} bytes");
        var nodes = new byte[count][];
        for (int i = 0; i < nodes.Length; i++)
        {
            error = CompactLength.TryRead(encoded, ref offset, out uint length);
            if (error is not null) throw new TrieProofException($"invalid storage proof: node {i} length: {error}");
            if (length > (uint)(encoded.Length - offset))
                throw new TrieProofException($"invalid storage proof: node {i} claims {length} bytes, {encoded.Length - offset} remain");
            nodes[i] = encoded.Slice(offset, (int)length).ToArray();
            offset += (int)length;
        }
        if (offset != encoded.Length) throw new TrieProofException($"invalid storage proof: {encoded.Length - offset} trailing bytes");
        return new StorageProof(nodes);
    }

    /// <summary>A node store holding each proof node under its own hash, so a node can only be found by a reference that matches it.</summary>
    public MemoryTrieNodeStore ToNodeStore()
    {
        var store = new MemoryTrieNodeStore();
        foreach (byte[] node in _nodes) store.Put(node);
        return store;
    }
}
