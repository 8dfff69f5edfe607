namespace Kusama.Trie.Codec;

/// <summary>A decoded trie node that points into its encoding without copying (from <see cref="NodeCodec.Decode"/>).</summary>
public readonly ref struct NodeView
{
    private readonly ReadOnlySpan<byte> _encoded;
    private readonly int _partialOffset;
    private readonly int _valueOffset;
    private readonly int _valueLength;
    private readonly ChildSlots _children;

    internal NodeView(ReadOnlySpan<byte> encoded, NodeKind kind, int partialKeyLength, int partialOffset,
        int valueOffset, int valueLength, ushort childrenBitmap, ChildSlots children)
    {
        _encoded = encoded;
        Kind = kind;
        PartialKeyLength = partialKeyLength;
        _partialOffset = partialOffset;
        _valueOffset = valueOffset;
        _valueLength = valueLength;
        ChildrenBitmap = childrenBitmap;
        _children = children;
    }

    public NodeKind Kind { get; }

    /// <summary>Where the packed partial key starts in the encoding.</summary>
    internal int PartialOffset => _partialOffset;

    /// <summary>Where the value (or value hash) starts in the encoding, and its length.</summary>
    internal (int Offset, int Length) ValueSlot => (_valueOffset, _valueLength);

    /// <summary>Offset and length in the encoding of each child reference.</summary>
    internal ChildSlots Children => _children;

    /// <summary>Number of nibbles in the partial key.</summary>
    public int PartialKeyLength { get; }

    /// <summary>The packed partial key; with an odd nibble count the first byte holds a lone low nibble.</summary>
    public ReadOnlySpan<byte> PartialKeyPacked => _encoded.Slice(_partialOffset, (PartialKeyLength + 1) >> 1);

    /// <summary>Bit i is set when the branch has a child at nibble i; 0 for leaves.</summary>
    public ushort ChildrenBitmap { get; }

    public bool IsBranch => Kind is NodeKind.BranchWithoutValue or NodeKind.BranchWithValue or NodeKind.HashedValueBranch;

    public bool HasValue => Kind is NodeKind.Leaf or NodeKind.BranchWithValue or NodeKind.HashedValueLeaf or NodeKind.HashedValueBranch;

    /// <summary>True when <see cref="Value"/> is the blake2-256 hash of the value rather than the value (V1).</summary>
    public bool IsValueHashed => Kind is NodeKind.HashedValueLeaf or NodeKind.HashedValueBranch;

    /// <summary>The inline value, or the 32-byte value hash when <see cref="IsValueHashed"/>; empty without a value.</summary>
    public ReadOnlySpan<byte> Value => _encoded.Slice(_valueOffset, _valueLength);

    /// <summary>Nibble <paramref name="index"/> of the partial key.</summary>
    public byte PartialKeyNibble(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PartialKeyLength);
        int position = index + (PartialKeyLength & 1); // skip the padding nibble of an odd key
        byte b = _encoded[_partialOffset + (position >> 1)];
        return (byte)((position & 1) == 0 ? b >> 4 : b & 0x0F);
    }

    public bool HasChild(int nibble) => (ChildrenBitmap & (1 << nibble)) != 0;

    /// <summary>The child's reference: a 32-byte node hash, or (shorter) the child's whole inline encoding.</summary>
    public ReadOnlySpan<byte> ChildReference(int nibble)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nibble);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nibble, 15);
        if (!HasChild(nibble)) return default;
        return _encoded.Slice(_children[2 * nibble], _children[2 * nibble + 1]);
    }

    /// <summary>True when the child is referenced by hash rather than inlined.</summary>
    public bool IsChildHashed(int nibble) => HasChild(nibble) && _children[2 * nibble + 1] == NodeCodec.HashLength;
}
