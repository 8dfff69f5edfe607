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
    private readonly int[] _childOffsets = new int[16];
    private readonly int[] _childLengths = new int[16];
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
    public ReadOnlySpan<byte> ChildReference(int index) => _data.AsSpan(_childOffsets[index], _childLengths[index]);

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
        ReadOnlySpan<byte> data = _data;
        int offset = 0;
        if (data.Length > 0 && data[0] == NodeCodec.EscapeCompactHeader)
        {
            ValueDetached = true;
            offset = 1;
        }
        if (offset >= data.Length) return "empty item";
        byte first = data[offset++];
        if (first == NodeCodec.EmptyTrie)
        {
            if (offset != data.Length) return "bytes after the empty-trie marker";
            Kind = NodeKind.Empty;
            _valueOffset = offset;
            return null;
        }
        int sizeBits;
        switch (first >> 6)
        {
            case 1: Kind = NodeKind.Leaf; sizeBits = 6; break;
            case 2: Kind = NodeKind.BranchWithoutValue; sizeBits = 6; break;
            case 3: Kind = NodeKind.BranchWithValue; sizeBits = 6; break;
            default:
                if (first >> 5 == 1) { Kind = NodeKind.HashedValueLeaf; sizeBits = 5; }
                else if (first >> 4 == 1) { Kind = NodeKind.HashedValueBranch; sizeBits = 4; }
                else return $"unknown header byte 0x{first:x2}";
                break;
        }
        int max = (1 << sizeBits) - 1;
        int nibbles = first & max;
        if (nibbles == max)
        {
            byte more;
            do
            {
                if (offset >= data.Length) return "truncated partial-key length";
                more = data[offset++];
                nibbles += more;
                if (nibbles > NodeCodec.MaxPartialKeyLength) return "partial key longer than 65535 nibbles";
            }
            while (more == 255);
        }
        PartialKeyLength = nibbles;
        _partialOffset = offset;
        int partialBytes = (nibbles + 1) >> 1;
        if (data.Length - offset < partialBytes) return "truncated partial key";
        if ((nibbles & 1) == 1 && (data[offset] & 0xF0) != 0) return "non-zero padding nibble in partial key";
        offset += partialBytes;
        if (IsBranch)
        {
            if (data.Length - offset < 2) return "truncated children bitmap";
            ChildrenBitmap = BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);
            if (ChildrenBitmap == 0) return "branch without children";
            offset += 2;
        }
        _valueOffset = offset;
        if (Kind is NodeKind.Leaf or NodeKind.BranchWithValue)
        {
            string? error = CompactLength.TryRead(data, ref offset, out uint length);
            if (error is not null) return "value: " + error;
            if ((uint)(data.Length - offset) < length) return "truncated value";
            _valueOffset = offset;
            ValueLength = (int)length;
            offset += (int)length;
        }
        else if (Kind is NodeKind.HashedValueLeaf or NodeKind.HashedValueBranch)
        {
            if (data.Length - offset < NodeCodec.HashLength) return "truncated value hash";
            ValueLength = NodeCodec.HashLength;
            offset += NodeCodec.HashLength;
        }
        for (int i = 0; i < 16 && IsBranch; i++)
        {
            if (!HasChild(i)) continue;
            string? error = CompactLength.TryRead(data, ref offset, out uint length);
            if (error is not null) return "child reference: " + error;
            if (length > NodeCodec.HashLength) return $"child reference of {length} bytes";
            if ((uint)(data.Length - offset) < length) return "truncated child reference";
            _childOffsets[i] = offset;
            _childLengths[i] = (int)length;
            offset += (int)length;
        }
        if (offset != data.Length) return $"{data.Length - offset} trailing bytes";
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
        (byte prefix, int sizeBits) = kind switch
        {
            NodeKind.Leaf => ((byte)0b0100_0000, 6),
            NodeKind.BranchWithoutValue => ((byte)0b1000_0000, 6),
            NodeKind.BranchWithValue => ((byte)0b1100_0000, 6),
            NodeKind.HashedValueLeaf => ((byte)0b0010_0000, 5),
            _ => ((byte)0b0001_0000, 4),
        };
        int max = (1 << sizeBits) - 1;
        if (nibbleCount < max)
        {
            WriteByte(writer, (byte)(prefix | nibbleCount));
        }
        else
        {
            WriteByte(writer, (byte)(prefix | max));
            int rest = nibbleCount - max;
            for (; rest >= 255; rest -= 255) WriteByte(writer, 255);
            WriteByte(writer, (byte)rest);
        }
        writer.Write(partialPacked);
        if (kind is NodeKind.BranchWithoutValue or NodeKind.BranchWithValue or NodeKind.HashedValueBranch)
        {
            Span<byte> bits = writer.GetSpan(2);
            BinaryPrimitives.WriteUInt16LittleEndian(bits, bitmap);
            writer.Advance(2);
        }
    }
}
