using System.Buffers;
using Kusama.Trie.Codec;

namespace Kusama.Trie;

public sealed partial class Trie
{
    /// <summary>
    /// Removes keys starting with <paramref name="prefix"/>, at most <paramref name="limit"/> of them
    /// (in key order) when given. Returns how many were removed and whether none remain.
    /// </summary>
    public (int Removed, bool Complete) RemovePrefix(ReadOnlySpan<byte> prefix, int? limit = null)
    {
        CheckKey(prefix);
        if (limit is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(max, nameof(limit));
            return RemovePrefixLimited(prefix, max);
        }

        byte[]? rented = null;
        Span<byte> nibbles = prefix.Length <= StackKeyLimit ? stackalloc byte[2 * prefix.Length] : (rented = ArrayPool<byte>.Shared.Rent(2 * prefix.Length)).AsSpan(0, 2 * prefix.Length);
        try
        {
            Nibbles.Expand(prefix, nibbles);
            int removed = RemoveSubtreeAt(ref _root, nibbles);
            if (removed > 0) Version++;
            return (removed, true);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private (int Removed, bool Complete) RemovePrefixLimited(ReadOnlySpan<byte> prefix, int limit)
    {
        var keys = new List<byte[]>();
        TrieIterator iterator = Iterate(prefix);
        while (keys.Count < limit && iterator.MoveNext() && iterator.Key.StartsWith(prefix))
            keys.Add(iterator.Key.ToArray());
        foreach (byte[] key in keys) Remove(key);

        TrieIterator rest = Iterate(prefix);
        bool complete = !rest.MoveNext() || !rest.Key.StartsWith(prefix);
        return (keys.Count, complete);
    }

    /// <summary>Cuts off the subtree holding every key under the nibble prefix; returns the number of values it held.</summary>
    private int RemoveSubtreeAt(ref TrieNode? slot, ReadOnlySpan<byte> prefix)
    {
        TrieNode? node = slot;
        if (node is null) return 0;
        Load(node);
        byte[] partial = node.Partial;
        if (prefix.Length <= partial.Length)
        {
            if (!partial.AsSpan().StartsWith(prefix)) return 0;
            int count = Discard(node);
            slot = null;
            return count;
        }
        if (!prefix.StartsWith(partial) || node.Children is null) return 0;
        int removed = RemoveSubtreeAt(ref node.Children[prefix[partial.Length]], prefix[(partial.Length + 1)..]);
        if (removed == 0) return 0;
        Touch(node);
        slot = Normalize(node);
        return removed;
    }

    /// <summary>Releases every stored node and hashed value under (and including) <paramref name="node"/>; returns its value count.</summary>
    private int Discard(TrieNode node)
    {
        Load(node);
        if (node.IsStored && !node.IsDirty) _obsolete.Add(node.Hash);
        int count = 0;
        if (node.HasValue)
        {
            count++;
            if (node.ValueState == ValueState.Hashed) _obsolete.Add(node.ValueHash);
        }
        if (node.Children is { } children)
        {
            foreach (TrieNode? child in children)
            {
                if (child is not null) count += Discard(child);
            }
        }
        return count;
    }
}
