using Kusama.Core;

namespace Kusama.Trie;

/// <summary>
/// What <see cref="Trie.Commit"/> produced: the new root, the nodes to write and the node references
/// dropped, for the backend to apply in one atomic batch.
/// </summary>
/// <remarks>
/// Both lists count references: a node or value that appears twice in the trie is listed twice, and a
/// reference dropped and re-created in the same commit is listed in neither. A reference-counting store
/// adds one per new entry and removes one per obsolete hash. The empty trie's node is never listed.
/// </remarks>
public sealed class TrieCommit(Hash256 root, IReadOnlyList<KeyValuePair<Hash256, byte[]>> newNodes, IReadOnlyList<Hash256> obsoleteNodes)
{
    public Hash256 Root { get; } = root;

    /// <summary>Encoded nodes and hashed values created by the commit, each with its blake2-256 hash.</summary>
    public IReadOnlyList<KeyValuePair<Hash256, byte[]>> NewNodes { get; } = newNodes;

    /// <summary>Hashes of node and value references the new state no longer holds.</summary>
    public IReadOnlyList<Hash256> ObsoleteNodes { get; } = obsoleteNodes;
}
