using Kusama.Core;
using Kusama.Trie.Codec;
using Kusama.Trie.Proofs;

namespace Kusama.Trie;

/// <summary>
/// Walks the nodes of a possibly partial trie in pre-order, exactly as trie-db's <c>TrieDBRawIterator</c> does (same seek
/// path, same nodes fetched in the same order, missing nodes reported and skipped), so that recording what it reads gives
/// the proof Substrate records and iterating a proof reads what Substrate reads.
/// </summary>
internal sealed class TrieNodeIterator
{
    private readonly ITrieNodeStore _store;
    private readonly Hash256 _root;
    private readonly List<Crumb> _trail = new(16);
    private readonly List<byte> _nibbles = new(128);

    /// <summary>An iterator over the trie under <paramref name="root"/>; call <see cref="Seek"/> before stepping.</summary>
    public TrieNodeIterator(ITrieNodeStore store, Hash256 root)
    {
        _store = store;
        _root = root;
    }

    /// <summary>The nibble path to the node last returned by <see cref="NextNode"/> (its parent's path and branch index).</summary>
    public List<byte> Prefix => _nibbles;

    /// <summary>The hash of the node last returned, or null when it was inlined in its parent.</summary>
    public Hash256? NodeHash { get; private set; }

    /// <summary>The encoding of the node last returned.</summary>
    public byte[] Node { get; private set; } = [];

    /// <summary>The node the last <see cref="Step.Missing"/> result referred to.</summary>
    public Hash256 MissingHash { get; private set; }

    /// <summary>The key of the item last returned by <see cref="NextItem"/>.</summary>
    public byte[] ItemKey { get; private set; } = [];

    /// <summary>The value of the item last returned by <see cref="NextItem"/>.</summary>
    public byte[] ItemValue { get; private set; } = [];

    /// <summary>
    /// Positions the iterator at the first node at or after <paramref name="key"/> (trie-db <c>seek</c>, forward); returns
    /// false when a node on the way is missing (trie-db fails the seek with <c>IncompleteDatabase</c>).
    /// </summary>
    /// <exception cref="TrieProofException">The root node is missing.</exception>
    public bool Seek(ReadOnlySpan<byte> key)
    {
        _trail.Clear();
        _nibbles.Clear();
        byte[] node = LoadRoot();
        Hash256? hash = _root;
        int keyNibbles = 2 * key.Length;
        int position = 0;
        while (true)
        {
            _trail.Add(Crumb.Of(hash, node));
            int crumb = _trail.Count - 1;
            NodeView view = NodeCodec.Decode(node);
            if (view.Kind == NodeKind.Empty)
            {
                if (position < keyNibbles) _trail[crumb] = _trail[crumb] with { Status = Status.Exiting };
                return true;
            }
            int order = ComparePartial(view, key, position, keyNibbles, out bool keyContinues);
            if (!view.IsBranch || !keyContinues)
            {
                // A leaf, or a branch off the key's path: before the key it is skipped whole, after it is the next position.
                if (order < 0) _trail[crumb] = _trail[crumb] with { Status = Status.AftExiting };
                return true;
            }
            position += view.PartialKeyLength;
            if (position == keyNibbles) return true;
            byte index = Nibbles.At(key, position);
            _trail[crumb] = _trail[crumb] with { Status = Status.AtChild, Child = index };
            for (int i = 0; i < view.PartialKeyLength; i++) _nibbles.Add(view.PartialKeyNibble(i));
            _nibbles.Add(index);
            if (!view.HasChild(index)) return true;
            position++;
            if (!TryLoadChild(view, index, out node, out hash)) return false;
        }
    }

    /// <summary>The next node in pre-order (trie-db <c>next_raw_item</c>, forward).</summary>
    public Step NextNode()
    {
        while (_trail.Count > 0)
        {
            int last = _trail.Count - 1;
            Crumb crumb = _trail[last];
            switch (crumb.Status)
            {
                case Status.Entering:
                    _trail[last] = StepForward(crumb);
                    NodeHash = crumb.Hash;
                    Node = crumb.Node;
                    return Step.Node;
                case Status.AftExiting:
                    _trail.RemoveAt(last);
                    if (_trail.Count > 0) _trail[last - 1] = StepForward(_trail[last - 1]);
                    break;
                case Status.Exiting:
                    if (crumb.IsBranch) _nibbles.RemoveRange(_nibbles.Count - crumb.PartialKeyLength - 1, crumb.PartialKeyLength + 1);
                    _trail[last] = StepForward(crumb);
                    break;
                case Status.At:
                {
                    NodeView view = NodeCodec.Decode(crumb.Node);
                    for (int i = 0; i < view.PartialKeyLength; i++) _nibbles.Add(view.PartialKeyNibble(i));
                    _nibbles.Add(0);
                    _trail[last] = StepForward(crumb);
                    break;
                }
                default:
                {
                    int index = crumb.Child;
                    if ((crumb.ChildrenBitmap & (1 << index)) == 0)
                    {
                        _trail[last] = StepForward(crumb);
                        break;
                    }
                    _nibbles[^1] = (byte)index;
                    if (!TryLoadChild(NodeCodec.Decode(crumb.Node), index, out byte[] child, out Hash256? hash))
                    {
                        _trail[last] = StepForward(crumb);
                        return Step.Missing;
                    }
                    _trail.Add(Crumb.Of(hash, child));
                    break;
                }
            }
        }
        return Step.End;
    }

    /// <summary>The next key and value (trie-db <c>next_item</c>): a hashed value is fetched from the store, a missing one reported.</summary>
    /// <exception cref="TrieException">A value sits at an odd number of nibbles.</exception>
    public Step NextItem()
    {
        while (true)
        {
            Step step = NextNode();
            if (step != Step.Node) return step;
            NodeView view = NodeCodec.Decode(Node);
            if (!view.HasValue) continue;
            int total = _nibbles.Count + view.PartialKeyLength;
            if ((total & 1) == 1) throw new TrieException("a value sits at a key of an odd number of nibbles");
            var key = new byte[total / 2];
            for (int i = 0; i < total; i++)
            {
                byte nibble = i < _nibbles.Count ? _nibbles[i] : view.PartialKeyNibble(i - _nibbles.Count);
                key[i >> 1] |= (byte)((i & 1) == 0 ? nibble << 4 : nibble);
            }
            byte[] value;
            if (view.IsValueHashed)
            {
                var valueHash = new Hash256(view.Value);
                byte[]? stored = _store.Get(valueHash);
                if (stored is null)
                {
                    MissingHash = valueHash;
                    return Step.Missing;
                }
                value = stored;
            }
            else
            {
                value = view.Value.ToArray();
            }
            ItemKey = key;
            ItemValue = value;
            return Step.Item;
        }
    }

    private byte[] LoadRoot() => _store.Get(_root) ?? throw new TrieProofException($"the root node {_root} is missing");

    private bool TryLoadChild(NodeView parent, int index, out byte[] node, out Hash256? hash)
    {
        ReadOnlySpan<byte> reference = parent.ChildReference(index);
        if (!parent.IsChildHashed(index))
        {
            node = reference.ToArray();
            hash = null;
            NodeCodec.Decode(node);
            return true;
        }
        var childHash = new Hash256(reference);
        hash = childHash;
        byte[]? stored = _store.Get(childHash);
        if (stored is null)
        {
            MissingHash = childHash;
            node = [];
            return false;
        }
        node = stored;
        return true;
    }

    /// <summary>
    /// Orders the node's partial key against the key's nibbles from <paramref name="position"/> (nibble-wise, a prefix
    /// first); <paramref name="keyContinues"/> is true when the key's remaining nibbles start with the partial key.
    /// </summary>
    private static int ComparePartial(NodeView view, ReadOnlySpan<byte> key, int position, int keyNibbles, out bool keyContinues)
    {
        int remaining = keyNibbles - position;
        int common = Math.Min(view.PartialKeyLength, remaining);
        for (int i = 0; i < common; i++)
        {
            int difference = view.PartialKeyNibble(i) - Nibbles.At(key, position + i);
            if (difference != 0)
            {
                keyContinues = false;
                return difference;
            }
        }
        keyContinues = view.PartialKeyLength <= remaining;
        return view.PartialKeyLength.CompareTo(remaining);
    }

    private static Crumb StepForward(Crumb crumb) =>
        crumb.Status switch
        {
            Status.Entering when crumb.IsBranch => crumb with { Status = Status.At },
            Status.At => crumb with { Status = Status.AtChild, Child = 0 },
            Status.AtChild when crumb.Child < 15 => crumb with { Child = crumb.Child + 1 },
            Status.Exiting => crumb with { Status = Status.AftExiting },
            _ => crumb with { Status = Status.Exiting },
        };

    /// <summary>What a step found.</summary>
    public enum Step
    {
        /// <summary>A node (<see cref="Node"/>, <see cref="NodeHash"/>, <see cref="Prefix"/>).</summary>
        Node,

        /// <summary>A key and value (<see cref="ItemKey"/>, <see cref="ItemValue"/>).</summary>
        Item,

        /// <summary>A node or value the store does not hold (<see cref="MissingHash"/>); iteration can go on past it.</summary>
        Missing,

        /// <summary>Nothing left.</summary>
        End,
    }

    private enum Status : byte
    {
        Entering,
        At,
        AtChild,
        Exiting,
        AftExiting,
    }

    /// <summary>A node on the trail with the shape the walk needs, so that stepping does not decode it again.</summary>
    private readonly record struct Crumb(Hash256? Hash, byte[] Node, bool IsBranch, int PartialKeyLength, ushort ChildrenBitmap,
        Status Status = Status.Entering, int Child = 0)
    {
        public static Crumb Of(Hash256? hash, byte[] node)
        {
            NodeView view = NodeCodec.Decode(node);
            return new Crumb(hash, node, view.IsBranch, view.PartialKeyLength, view.ChildrenBitmap);
        }
    }
}
