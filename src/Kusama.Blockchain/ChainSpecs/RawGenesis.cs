namespace Kusama.Blockchain.ChainSpecs;

/// <summary>Genesis storage: the top trie and the default child tries, each sorted by key.</summary>
/// <param name="Top">Top-trie entries, sorted bytewise by key, keys unique.</param>
/// <param name="ChildrenDefault">Default child tries by child storage key (without the <c>:child_storage:default:</c> prefix), sorted by that key.</param>
public sealed record RawGenesis(
    IReadOnlyList<KeyValuePair<byte[], byte[]>> Top,
    IReadOnlyList<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]>>>> ChildrenDefault)
{
    /// <summary>The key of the runtime code, <c>:code</c>.</summary>
    public static ReadOnlySpan<byte> CodeKey => ":code"u8;

    /// <summary>Number of entries over the top trie and every child trie.</summary>
    public int EntryCount
    {
        get
        {
            int count = Top.Count;
            foreach (var child in ChildrenDefault) count += child.Value.Count;
            return count;
        }
    }

    /// <summary>The value at <paramref name="key"/> in the top trie, or null (binary search over the sorted entries).</summary>
    public byte[]? GetTop(ReadOnlySpan<byte> key)
    {
        int lo = 0, hi = Top.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int cmp = Top[mid].Key.AsSpan().SequenceCompareTo(key);
            if (cmp == 0) return Top[mid].Value;
            if (cmp < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }
}
