using Kusama.Core;
using Kusama.Trie.Codec;

namespace Kusama.Trie.Proofs;

/// <summary>
/// trie-db's <c>encode_compact</c> / <c>decode_compact_from_iter</c> for one trie: the nodes present in a store, in
/// pre-order, each child reference to a node that follows replaced by an empty one and each present value node detached
/// after its node behind the escape header.
/// </summary>
internal static class CompactTrieCodec
{
    /// <summary>Appends the compact encoding of the nodes of <paramref name="root"/> that <paramref name="store"/> holds.</summary>
    /// <exception cref="TrieProofException">The root node is missing.</exception>
    public static void Encode(ITrieNodeStore store, Hash256 root, List<byte[]> output)
    {
        var iterator = new TrieNodeIterator(store, root);
        iterator.Seek([]);
        var stack = new List<EncoderEntry>();
        TrieNodeIterator.Step step;
        while ((step = iterator.NextNode()) != TrieNodeIterator.Step.End)
        {
            // Missing nodes stay plain hash references: a partial trie is what a proof is.
            if (step == TrieNodeIterator.Step.Missing) continue;
            // Inline nodes travel inside their parent.
            if (iterator.NodeHash is null) continue;
            byte[] prefix = [.. iterator.Prefix];
            while (stack.Count > 0)
            {
                EncoderEntry last = stack[^1];
                if (prefix.AsSpan().StartsWith(last.Prefix))
                {
                    // Pre-order: a node under the last entry is its next child, at the nibble after the entry's partial key.
                    int index = prefix[last.Prefix.Length + last.PartialKeyLength];
                    last.OmitChildren[index] = true;
                    break;
                }
                stack.RemoveAt(stack.Count - 1);
                output[last.OutputIndex] = CompactNode.Compact(last.Node, last.OmitChildren, last.OmitValue);
            }
            byte[] node = iterator.Node;
            NodeView view = NodeCodec.Decode(node);
            byte[]? detached = view.IsValueHashed ? store.Get(new Hash256(view.Value)) : null;
            stack.Add(new EncoderEntry(prefix, node, view.PartialKeyLength, new bool[view.IsBranch ? 16 : 0], detached is not null, output.Count));
            output.Add([]);
            if (detached is not null) output.Add(detached);
        }
        for (int i = stack.Count - 1; i >= 0; i--)
            output[stack[i].OutputIndex] = CompactNode.Compact(stack[i].Node, stack[i].OmitChildren, stack[i].OmitValue);
    }

    /// <summary>
    /// Rebuilds one trie from <paramref name="items"/> starting at <paramref name="index"/> (advanced past what it used),
    /// putting every node and value into <paramref name="store"/>; returns the root hash.
    /// </summary>
    /// <exception cref="TrieProofException">An item is malformed or the items end before the trie does.</exception>
    public static Hash256 Decode(IReadOnlyList<byte[]> items, ref int index, MemoryTrieNodeStore store)
    {
        var stack = new List<DecoderEntry>();
        Span<byte> valueHash = stackalloc byte[NodeCodec.HashLength];
        while (index < items.Count)
        {
            CompactNode node = CompactNode.Parse(items[index++]);
            var entry = new DecoderEntry(node);
            if (node.ValueDetached)
            {
                if (index >= items.Count) throw new TrieProofException("invalid compact proof: a detached value is missing");
                entry.Value = items[index++];
            }
            while (true)
            {
                if (!entry.AdvanceChildIndex())
                {
                    stack.Add(entry);
                    break;
                }
                if (entry.Value is not null) store.Put(entry.Value).Bytes.CopyTo(valueHash);
                Hash256 hash = store.Put(entry.Node.Rebuild(entry.Children, valueHash));
                if (stack.Count == 0) return hash;
                entry = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                entry.Children[entry.ChildIndex++] = ReferenceTo(hash);
            }
        }
        throw new TrieProofException("invalid compact proof: the items end inside a trie");
    }

    private static byte[] ReferenceTo(Hash256 hash) => hash.ToArray();

    private sealed record EncoderEntry(byte[] Prefix, byte[] Node, int PartialKeyLength, bool[] OmitChildren, bool OmitValue, int OutputIndex);

    private sealed class DecoderEntry(CompactNode node)
    {
        public CompactNode Node { get; } = node;

        public byte[]?[] Children { get; } = new byte[]?[16];

        public int ChildIndex { get; set; }

        public byte[]? Value { get; set; }

        /// <summary>Moves to the next omitted child; false while one is awaited, true once every reference is known.</summary>
        public bool AdvanceChildIndex()
        {
            if (!Node.IsBranch) return true;
            for (; ChildIndex < 16; ChildIndex++)
            {
                if (Node.HasChild(ChildIndex) && Node.ChildReference(ChildIndex).IsEmpty) return false;
            }
            return true;
        }
    }
}
