using Kusama.Core;

namespace Kusama.Trie;

/// <summary>Default child tries: separate tries whose roots the top trie stores under <c>:child_storage:default:</c> ++ child key.</summary>
public static class ChildTrie
{
    /// <summary>Prefix of every child-trie root key in the top trie (<c>:child_storage:</c>).</summary>
    public static ReadOnlySpan<byte> ChildStoragePrefix => ":child_storage:"u8;

    /// <summary>Prefix of default child-trie root keys (<c>:child_storage:default:</c>).</summary>
    public static ReadOnlySpan<byte> DefaultPrefix => ":child_storage:default:"u8;

    /// <summary>The top-trie key under which the default child trie <paramref name="childKey"/> keeps its root.</summary>
    public static byte[] ParentKey(ReadOnlySpan<byte> childKey)
    {
        var key = new byte[DefaultPrefix.Length + childKey.Length];
        DefaultPrefix.CopyTo(key);
        childKey.CopyTo(key.AsSpan(DefaultPrefix.Length));
        return key;
    }

    /// <summary>Splits a top-trie key into the child key when it names a default child trie.</summary>
    public static bool TryGetChildKey(ReadOnlySpan<byte> parentKey, out ReadOnlySpan<byte> childKey)
    {
        childKey = parentKey.StartsWith(DefaultPrefix) ? parentKey[DefaultPrefix.Length..] : default;
        return parentKey.StartsWith(DefaultPrefix);
    }

    /// <summary>Root of a child trie's sorted entries; the child uses the same codec as the top trie.</summary>
    public static Hash256 CalculateRoot(IEnumerable<KeyValuePair<byte[], byte[]>> sortedEntries, StateVersion version) =>
        TrieRoot.Calculate(sortedEntries, version);

    /// <summary>The value the top trie holds for a child root: its 32 bytes, or null for an empty child trie, which is removed.</summary>
    public static byte[]? ParentValue(Hash256 childRoot) => childRoot == TrieRoot.Empty ? null : childRoot.ToArray();

    /// <summary>Records <paramref name="childRoot"/> in <paramref name="parent"/>, removing the entry when the child trie is empty.</summary>
    public static void SetRoot(Trie parent, ReadOnlySpan<byte> childKey, Hash256 childRoot)
    {
        ArgumentNullException.ThrowIfNull(parent);
        byte[] key = ParentKey(childKey);
        if (childRoot == TrieRoot.Empty) parent.Remove(key);
        else parent.Insert(key, childRoot.Bytes);
    }
}
