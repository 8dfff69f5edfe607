using Kusama.Trie.Codec;

namespace Kusama.Trie.Proofs;

/// <summary>The SCALE <c>Vec&lt;Vec&lt;u8&gt;&gt;</c> that both <see cref="StorageProof"/> and <see cref="CompactProof"/> are on the wire.</summary>
internal static class EncodedNodeList
{
    /// <summary>The compact count, then each item as compact length and bytes.</summary>
    public static byte[] Encode(ReadOnlySpan<byte[]> items)
    {
        int size = CompactLength.Size(items.Length);
        foreach (byte[] item in items) size += CompactLength.Size(item.Length) + item.Length;
        var output = new byte[size];
        int offset = CompactLength.Write(output, items.Length);
        foreach (byte[] item in items)
        {
            offset += CompactLength.Write(output.AsSpan(offset), item.Length);
            item.CopyTo(output, offset);
            offset += item.Length;
        }
        return output;
    }

    /// <summary>
    /// Decodes <see cref="Encode"/>'s format, refusing a count that <paramref name="minItemSize"/>-byte items could not fit
    /// before allocating; throws <see cref="TrieProofException"/> naming <paramref name="what"/> on malformed bytes.
    /// </summary>
    public static byte[][] Decode(ReadOnlySpan<byte> encoded, string what, int minItemSize)
    {
        int offset = 0;
        string? error = CompactLength.TryRead(encoded, ref offset, out uint count);
        if (error is not null) throw new TrieProofException($"invalid {what}: item count: {error}");
        if (count > (uint)(encoded.Length - offset) / (uint)minItemSize)
            throw new TrieProofException($"invalid {what}: {count} items cannot fit in {encoded.Length - offset} bytes");
        var items = new byte[count][];
        for (int i = 0; i < items.Length; i++)
        {
            error = CompactLength.TryRead(encoded, ref offset, out uint length);
            if (error is not null) throw new TrieProofException($"invalid {what}: item {i} length: {error}");
            if (length > (uint)(encoded.Length - offset))
                throw new TrieProofException($"invalid {what}: item {i} claims {length} bytes, {encoded.Length - offset} remain");
            items[i] = encoded.Slice(offset, (int)length).ToArray();
            offset += (int)length;
        }
        if (offset != encoded.Length) throw new TrieProofException($"invalid {what}: {encoded.Length - offset} trailing bytes");
        return items;
    }
}
