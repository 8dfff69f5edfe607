using System.Buffers;
using System.Buffers.Binary;
using Kusama.Trie.Codec;

namespace Kusama.Trie.Proofs;

/// <summary>
/// A trie node as it appears in a compact proof (trie-db <c>trie_codec</c>): the node codec, optionally behind the
/// escape header <c>0x01</c> (its value follows as the next item), where a child reference of length zero marks a child
/// that follows in the proof. Also writes nodes in sp-trie's codec.
/// </summary>
internal sealed class CompactNode
{
    private readonly byte[] _data;
    private ChildSlots _children;
    private int _partialOffset;
    private int _valueOffset;

    private CompactNode(byte[] data) => _data = data;

    /// <summary>True when the node carried the escape header: its value was detached and follows it.</summary>
    public bool ValueDetached { get; private set; }

    public NodeKind Kind { get; private set; }

    public int PartialKeyLength { get; private set; }

    public ushort ChildrenBitmap { get; private set; }

    /// <summary>The inline value or 32-byte value hash (empty for an omitted value).</summary>
    public ReadOnlySpan<byte> Value => _data.AsSpan(_valueOffset, ValueLength);

    private int ValueLength { get; set; }

    private ReadOnlySpan<byte> PartialKeyPacked => _data.AsSpan(_partialOffset, (PartialKeyLength + 1) >> 1);

    public bool IsBranch => Kind is NodeKind.BranchWithoutValue or NodeKind.BranchWithValue or NodeKind.HashedValueBranch;

    public bool HasChild(int index) => (ChildrenBitmap & (1 << index)) != 0;

    /// <summary>The child's reference as written: a hash, an inline node, or empty when the child follows in the proof.</summary>
    public ReadOnlySpan<byte> ChildReference(int index) => _data.AsSpan(_children[2 * index], _children[2 * index + 1]);

    /// <summary>Parses one compact-proof item; throws <see cref="TrieProofException"/> if it is not a node.</summary>
    public static CompactNode Parse(byte[] item)
    {
        var node = new CompactNode(item);
        string? error = node.ParseCore();
        if (error is not null) throw new TrieProofException($"invalid compact proof node: {error}");
        return node;
    }

    private string? ParseCore()
    {
        // The escape header marks a detached value; the node after it is in the node codec, empty child references allowed.
        int start = _data.Length > 0 && _data[0] == NodeCodec.EscapeCompactHeader ? 1 : 0;
        ValueDetached = start == 1;
        if (start >= _data.Length) return "empty item";
        string? error = NodeCodec.TryDecodeCore(_data.AsSpan(start), allowOmittedChildren: true, out NodeView node);
        if (error is not null) return error;
        Kind = node.Kind;
        PartialKeyLength = node.PartialKeyLength;
        ChildrenBitmap = node.ChildrenBitmap;
        _partialOffset = start + node.PartialOffset;
        (int valueOffset, ValueLength) = node.ValueSlot;
        _valueOffset = start + valueOffset;
        _children = node.Children;
        for (int i = 0; i < 16; i++)
            if (node.HasChild(i)) _children[2 * i] += start;
        return null;
    }

    /// <summary>
    /// The full node: omitted children replaced by <paramref name="children"/> (a reference per index, null to keep the
    /// written one) and, when the value was detached, a hashed value of <paramref name="valueHash"/>.
    /// </summary>
    public byte[] Rebuild(byte[]?[] children, ReadOnlySpan<byte> valueHash)
    {
        if (Kind == NodeKind.Empty) return [NodeCodec.EmptyTrie];
        var writer = new ArrayBufferWriter<byte>(64 + 33 * 16 + ValueLength);
        NodeKind kind = Kind;
        if (ValueDetached) kind = IsBranch ? NodeKind.HashedValueBranch : NodeKind.HashedValueLeaf;
        WriteHeader(writer, kind, PartialKeyLength, PartialKeyPacked, ChildrenBitmap);
        if (ValueDetached) writer.Write(valueHash);
        else WriteValue(writer, Kind, Value);
        for (int i = 0; i < 16 && IsBranch; i++)
        {
            if (!HasChild(i)) continue;
            WriteReference(writer, children[i] ?? ChildReference(i));
        }
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// A full node in compact form: the children flagged in <paramref name="omitChildren"/> written as empty references
    /// and, with <paramref name="omitValue"/>, the hashed value left out behind the escape header (trie-db <c>encode_node</c>).
    /// </summary>
    public static byte[] Compact(byte[] node, ReadOnlySpan<bool> omitChildren, bool omitValue)
    {
        NodeView view = NodeCodec.Decode(node);
        if (view.Kind == NodeKind.Empty) return node;
        var writer = new ArrayBufferWriter<byte>(node.Length + 1);
        if (omitValue) WriteByte(writer, NodeCodec.EscapeCompactHeader);
        // An omitted value is written as an empty inline one, which turns a hashed-value node into the inline kind.
        NodeKind kind = !omitValue ? view.Kind : view.IsBranch ? NodeKind.BranchWithValue : NodeKind.Leaf;
        WriteHeader(writer, kind, view.PartialKeyLength, view.PartialKeyPacked, view.ChildrenBitmap);
        if (omitValue) WriteByte(writer, 0);
        else WriteValue(writer, view.Kind, view.Value);
        for (int i = 0; i < 16 && view.IsBranch; i++)
        {
            if (!view.HasChild(i)) continue;
            WriteReference(writer, omitChildren.Length > i && omitChildren[i] ? ReadOnlySpan<byte>.Empty : view.ChildReference(i));
        }
        return writer.WrittenSpan.ToArray();
    }

    private static void WriteValue(ArrayBufferWriter<byte> writer, NodeKind kind, ReadOnlySpan<byte> value)
    {
        if (kind is NodeKind.HashedValueLeaf or NodeKind.HashedValueBranch) writer.Write(value);
        else if (kind is NodeKind.Leaf or NodeKind.BranchWithValue) WriteReference(writer, value);
    }

    private static void WriteByte(ArrayBufferWriter<byte> writer, byte value)
    {
        writer.GetSpan(1)[0] = value;
        writer.Advance(1);
    }

    private static void WriteReference(ArrayBufferWriter<byte> writer, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = writer.GetSpan(5);
        writer.Advance(CompactLength.Write(length, bytes.Length));
        writer.Write(bytes);
    }

    private static void WriteHeader(ArrayBufferWriter<byte> writer, NodeKind kind, int nibbleCount, ReadOnlySpan<byte> partialPacked,
        ushort bitmap)
    {
        writer.Advance(NodeCodec.WriteHeader(writer.GetSpan(2 + nibbleCount / 255), kind, nibbleCount));
        writer.Write(partialPacked);
        if (kind is NodeKind.BranchWithoutValue or NodeKind.BranchWithValue or NodeKind.HashedValueBranch)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(writer.GetSpan(2), bitmap);
            writer.Advance(2);
        }
    }
}
