using Kusama.Core;
using Kusama.Trie.Codec;

namespace Kusama.Trie;

public sealed partial class Trie
{
    /// <summary>
    /// Encodes every changed node under <paramref name="version"/> (which decides how values written since the
    /// last commit are stored), and returns the new root with the nodes to write and the references dropped.
    /// </summary>
    public TrieCommit Commit(StateVersion version)
    {
        // Mostly stored nodes rewritten: about as many new nodes as obsolete ones, so the list rarely grows.
        var written = new List<KeyValuePair<Hash256, byte[]>>(Math.Max(16, _obsolete.Count + 1));
        Hash256 root;
        if (_root is null)
        {
            root = TrieRoot.Empty;
        }
        else if (!_root.IsDirty && _root.IsStored)
        {
            root = _root.Hash;
        }
        else
        {
            using var encoder = new NodeEncoder();
            Span<byte> hash = stackalloc byte[NodeCodec.HashLength];
            int encodingStart = EncodeNode(_root, encoder, version, written, hash);
            // The root is stored under its hash whatever its size.
            byte[] encoding = encoder.From(encodingStart).ToArray();
            root = Crypto.Hashing.Blake2b.Hash256(encoding);
            written.Add(new(root, encoding));
            _root.Hash = root;
            _root.IsStored = true;
            _root.IsDirty = false;
        }

        List<Hash256> obsolete = CancelRewrites(written, _obsolete);
        _obsolete.Clear();
        _committedRoot = root;
        Version++;
        return new TrieCommit(root, written, obsolete);
    }

    /// <summary>Appends the reference a parent stores for <paramref name="node"/>, encoding it first when needed.</summary>
    private void WriteReference(TrieNode node, NodeEncoder encoder, StateVersion version, List<KeyValuePair<Hash256, byte[]>> written, Span<byte> hash)
    {
        if (!node.IsDirty && node.IsStored)
        {
            encoder.WriteByte(NodeCodec.HashLength << 2);
            encoder.Write(node.Hash.Bytes);
            return;
        }
        int tailStart = encoder.Length;
        int encodingStart = EncodeNode(node, encoder, version, written, hash);
        int length = encoder.Length - encodingStart;
        if (length >= NodeCodec.HashLength)
        {
            var encoding = encoder.From(encodingStart).ToArray();
            encoder.CollapseToReference(tailStart, encodingStart, hash);
            node.Hash = new Hash256(hash);
            node.IsStored = true;
            written.Add(new(node.Hash, encoding));
        }
        else
        {
            encoder.CollapseToReference(tailStart, encodingStart, hash);
            node.IsStored = false;
        }
        node.IsDirty = false;
    }

    /// <summary>Writes the node's tail and then its whole encoding at the top of the encoder; returns where the encoding starts.</summary>
    private int EncodeNode(TrieNode node, NodeEncoder encoder, StateVersion version, List<KeyValuePair<Hash256, byte[]>> written, Span<byte> hash)
    {
        int tailStart = encoder.Length;
        switch (node.ValueState)
        {
            case ValueState.Inline:
                encoder.WriteInlineValue(node.Value);
                break;
            case ValueState.Hashed:
                encoder.Write(node.ValueHash.Bytes);
                break;
            case ValueState.Fresh:
                if (encoder.WriteValue(node.Value, version, hash))
                {
                    node.ValueHash = new Hash256(hash);
                    node.ValueState = ValueState.Hashed;
                    written.Add(new(node.ValueHash, node.Value!));
                }
                else
                {
                    node.ValueState = ValueState.Inline;
                }
                break;
        }

        ushort bitmap = 0;
        if (node.Children is { } children)
        {
            for (int i = 0; i < 16; i++)
            {
                TrieNode? child = children[i];
                if (child is null) continue;
                bitmap |= (ushort)(1 << i);
                WriteReference(child, encoder, version, written, hash);
            }
        }

        NodeKind kind = NodeEncoder.KindOf(bitmap != 0, node.HasValue, node.ValueState == ValueState.Hashed);
        return encoder.Compose(tailStart, kind, node.Partial, bitmap);
    }

    /// <summary>Drops pairs of "written" and "obsolete" for the same hash: a node rewritten to identical bytes costs the store nothing.</summary>
    private static List<Hash256> CancelRewrites(List<KeyValuePair<Hash256, byte[]>> written, List<Hash256> obsolete)
    {
        if (obsolete.Count == 0 || written.Count == 0) return [.. obsolete];
        var pending = new Dictionary<Hash256, int>(obsolete.Count);
        foreach (Hash256 hash in obsolete)
            pending[hash] = pending.GetValueOrDefault(hash) + 1;

        int kept = 0;
        for (int i = 0; i < written.Count; i++)
        {
            Hash256 hash = written[i].Key;
            if (pending.TryGetValue(hash, out int count) && count > 0)
            {
                pending[hash] = count - 1;
                continue;
            }
            written[kept++] = written[i];
        }
        written.RemoveRange(kept, written.Count - kept);

        var remaining = new List<Hash256>(obsolete.Count);
        foreach (Hash256 hash in obsolete)
        {
            ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(pending, hash);
            if (count == 0) continue;
            count--;
            remaining.Add(hash);
        }
        return remaining;
    }
}
