using System.Buffers.Binary;

namespace Kusama.Trie.Codec;

/// <summary>Decoding of Substrate trie nodes (sp-trie <c>NodeCodec</c>); every malformed input is a <see cref="TrieException"/>.</summary>
public static class NodeCodec
{
    /// <summary>Length of a node or value hash (blake2-256).</summary>
    public const int HashLength = 32;

    /// <summary>Values at least this long are hashed under V1 (sp-trie <c>TRIE_VALUE_NODE_THRESHOLD</c>).</summary>
    public const int ValueNodeThreshold = 33;

    /// <summary>Largest partial key a header can describe (sp-trie <c>NIBBLE_SIZE_BOUND</c> = u16::MAX).</summary>
    public const int MaxPartialKeyLength = ushort.MaxValue;

    /// <summary>The single-byte encoding of the empty trie.</summary>
    public const byte EmptyTrie = 0x00;

    /// <summary>
    /// Writes the header of a node of <paramref name="kind"/> with <paramref name="nibbleCount"/> partial-key nibbles (the kind
    /// prefix with the nibble count, continued in bytes of 255) and returns its length, at most 2 + nibbleCount / 255.
    /// </summary>
    internal static int WriteHeader(Span<byte> destination, NodeKind kind, int nibbleCount)
    {
        (byte prefix, int sizeBits) = kind switch
        {
            NodeKind.Leaf => ((byte)0b0100_0000, 6),
            NodeKind.BranchWithoutValue => ((byte)0b1000_0000, 6),
            NodeKind.BranchWithValue => ((byte)0b1100_0000, 6),
            NodeKind.HashedValueLeaf => ((byte)0b0010_0000, 5),
            NodeKind.HashedValueBranch => ((byte)0b0001_0000, 4),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an encodable node kind"),
        };
        int max = (1 << sizeBits) - 1;
        if (nibbleCount < max)
        {
            destination[0] = (byte)(prefix | nibbleCount);
            return 1;
        }
        destination[0] = (byte)(prefix | max);
        int o = 1;
        int rest = nibbleCount - max;
        for (; rest >= 255; rest -= 255) destination[o++] = 255;
        destination[o++] = (byte)rest;
        return o;
    }

    /// <summary>Header byte used only by compact proofs; never a node.</summary>
    public const byte EscapeCompactHeader = 0x01;

    /// <summary>Decodes <paramref name="encoded"/>; throws <see cref="TrieException"/> if it is not a well-formed node.</summary>
    public static NodeView Decode(ReadOnlySpan<byte> encoded)
    {
        string? error = TryDecodeCore(encoded, allowOmittedChildren: false, out NodeView node);
        if (error is not null) throw new TrieException($"invalid trie node: {error}");
        return node;
    }

    /// <summary>Decodes <paramref name="encoded"/>, returning false if it is not a well-formed node.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, out NodeView node) => TryDecodeCore(encoded, allowOmittedChildren: false, out node) is null;

    /// <summary>
    /// Decodes a node, returning why it is malformed or null. With <paramref name="allowOmittedChildren"/> (a compact proof's
    /// node, trie-db <c>trie_codec</c>) a child reference may be empty: that child follows in the proof.
    /// </summary>
    internal static string? TryDecodeCore(ReadOnlySpan<byte> data, bool allowOmittedChildren, out NodeView node)
    {
        node = default;
        if (data.IsEmpty) return "empty input";
        byte first = data[0];
        if (first == EmptyTrie)
        {
            if (data.Length != 1) return "bytes after the empty-trie marker";
            node = new NodeView(data, NodeKind.Empty, 0, 1, 1, 0, 0, default);
            return null;
        }
        if (first == EscapeCompactHeader) return "compact-proof escape header";

        NodeKind kind;
        int sizeBits;
        switch (first >> 6)
        {
            case 1: kind = NodeKind.Leaf; sizeBits = 6; break;
            case 2: kind = NodeKind.BranchWithoutValue; sizeBits = 6; break;
            case 3: kind = NodeKind.BranchWithValue; sizeBits = 6; break;
            default:
                if (first >> 5 == 1) { kind = NodeKind.HashedValueLeaf; sizeBits = 5; }
                else if (first >> 4 == 1) { kind = NodeKind.HashedValueBranch; sizeBits = 4; }
                else return $"unknown header byte 0x{first:x2}";
                break;
        }

        int max = (1 << sizeBits) - 1;
        int nibbleCount = first & max;
        int offset = 1;
        if (nibbleCount == max)
        {
            byte more;
            do
            {
                if (offset >= data.Length) return "truncated partial-key length";
                more = data[offset++];
                nibbleCount += more;
                if (nibbleCount > MaxPartialKeyLength) return "partial key longer than 65535 nibbles";
            }
            while (more == 255);
        }

        int partialOffset = offset;
        int partialBytes = (nibbleCount + 1) >> 1;
        if (data.Length - offset < partialBytes) return "truncated partial key";
        if ((nibbleCount & 1) == 1 && (data[offset] & 0xF0) != 0) return "non-zero padding nibble in partial key";
        offset += partialBytes;

        bool branch = kind is NodeKind.BranchWithoutValue or NodeKind.BranchWithValue or NodeKind.HashedValueBranch;
        ushort bitmap = 0;
        if (branch)
        {
            if (data.Length - offset < 2) return "truncated children bitmap";
            bitmap = BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);
            if (bitmap == 0) return "branch without children";
            offset += 2;
        }

        int valueOffset = offset;
        int valueLength = 0;
        if (kind is NodeKind.Leaf or NodeKind.BranchWithValue)
        {
            string? error = CompactLength.TryRead(data, ref offset, out uint length);
            if (error is not null) return "value: " + error;
            if ((uint)(data.Length - offset) < length) return "truncated value";
            valueOffset = offset;
            valueLength = (int)length;
            offset += valueLength;
        }
        else if (kind is NodeKind.HashedValueLeaf or NodeKind.HashedValueBranch)
        {
            if (data.Length - offset < HashLength) return "truncated value hash";
            valueLength = HashLength;
            offset += HashLength;
        }

        ChildSlots children = default;
        for (int i = 0; i < 16 && branch; i++)
        {
            if ((bitmap & (1 << i)) == 0) continue;
            string? error = CompactLength.TryRead(data, ref offset, out uint length);
            if (error is not null) return "child reference: " + error;
            // The encoder inlines only encodings shorter than a hash, so anything longer is not a node we made.
            if ((length == 0 && !allowOmittedChildren) || length > HashLength) return $"child reference of {length} bytes";
            if ((uint)(data.Length - offset) < length) return "truncated child reference";
            children[2 * i] = offset;
            children[2 * i + 1] = (int)length;
            offset += (int)length;
        }

        if (offset != data.Length) return $"{data.Length - offset} trailing bytes";
        node = new NodeView(data, kind, nibbleCount, partialOffset, valueOffset, valueLength, bitmap, children);
        return null;
    }
}
