using Kusama.Core;

namespace Kusama.Trie;

/// <summary>Where trie nodes (and V1 value nodes) live, addressed by the blake2-256 hash of their bytes.</summary>
public interface ITrieNodeStore
{
    /// <summary>The bytes stored under <paramref name="hash"/>, or null when the store does not have them.</summary>
    byte[]? Get(Hash256 hash);
}
