namespace Kusama.State;

/// <summary>Read access to one state (top trie and default child tries), as the runtime's storage host functions need it.</summary>
public interface IStateReader
{
    /// <summary>The value at <paramref name="key"/> in the top trie, or null.</summary>
    byte[]? Get(ReadOnlySpan<byte> key);

    /// <summary>The smallest top-trie key strictly greater than <paramref name="key"/>, or null.</summary>
    byte[]? NextKey(ReadOnlySpan<byte> key);

    /// <summary>The value at <paramref name="key"/> in the default child trie <paramref name="childKey"/>, or null.</summary>
    byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key);

    /// <summary>The smallest key strictly greater than <paramref name="key"/> in child trie <paramref name="childKey"/>, or null.</summary>
    byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key);
}
