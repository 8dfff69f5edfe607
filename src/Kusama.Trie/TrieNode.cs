using Kusama.Core;
using Kusama.Trie.Codec;

namespace Kusama.Trie;

/// <summary>
/// A node of the mutable <see cref="Trie"/>: either a stub known only by its hash, or loaded (decoded)
/// and possibly modified since the last commit.
/// </summary>
internal sealed class TrieNode
{
    private static readonly byte[] NoNibbles = [];

    /// <summary>Partial key, one nibble per byte.</summary>
    public byte[] Partial = NoNibbles;

    /// <summary>Sixteen child slots for a branch; null for a leaf.</summary>
    public TrieNode?[]? Children;

    /// <summary>The value's bytes when known (always for <see cref="ValueState.Inline"/> and <see cref="ValueState.Fresh"/>).</summary>
    public byte[]? Value;

    public Hash256 ValueHash;

    public ValueState ValueState;

    /// <summary>Hash of the stored encoding; meaningful while <see cref="IsStored"/>.</summary>
    public Hash256 Hash;

    /// <summary>The node has a store entry under <see cref="Hash"/> that matches its current content.</summary>
    public bool IsStored;

    public bool IsLoaded;

    /// <summary>Changed since the last commit (and so not <see cref="IsStored"/>).</summary>
    public bool IsDirty;

    public bool HasValue => ValueState != ValueState.None;

    public static TrieNode Stub(Hash256 hash) => new() { Hash = hash, IsStored = true };

    public static TrieNode NewLeaf(byte[] partial, byte[] value) =>
        new() { Partial = partial, Value = value, ValueState = ValueState.Fresh, IsLoaded = true, IsDirty = true };

    /// <summary>Fills this node from an encoding; inline children are decoded on the spot since they have no store entry.</summary>
    public void LoadFrom(ReadOnlySpan<byte> encoded)
    {
        NodeView view = NodeCodec.Decode(encoded);
        if (view.Kind == NodeKind.Empty) throw new TrieException("an empty-trie node appears inside a trie");

        var partial = view.PartialKeyLength == 0 ? NoNibbles : new byte[view.PartialKeyLength];
        for (int i = 0; i < partial.Length; i++) partial[i] = view.PartialKeyNibble(i);
        Partial = partial;

        if (view.IsValueHashed)
        {
            ValueHash = new Hash256(view.Value);
            ValueState = ValueState.Hashed;
        }
        else if (view.HasValue)
        {
            Value = view.Value.ToArray();
            ValueState = ValueState.Inline;
        }

        if (view.IsBranch)
        {
            var children = new TrieNode?[16];
            for (int i = 0; i < 16; i++)
            {
                if (!view.HasChild(i)) continue;
                ReadOnlySpan<byte> reference = view.ChildReference(i);
                if (reference.Length == NodeCodec.HashLength)
                {
                    children[i] = Stub(new Hash256(reference));
                }
                else
                {
                    var inline = new TrieNode();
                    inline.LoadFrom(reference);
                    children[i] = inline;
                }
            }
            Children = children;
        }
        IsLoaded = true;
    }
}
