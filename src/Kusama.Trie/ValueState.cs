namespace Kusama.Trie;

/// <summary>How a node of the mutable trie holds its value.</summary>
internal enum ValueState : byte
{
    None,

    /// <summary>Stored inline in the node's encoding.</summary>
    Inline,

    /// <summary>Stored as a separate entry referenced by <c>ValueHash</c> (V1).</summary>
    Hashed,

    /// <summary>Written since the last commit; the commit's state version decides inline or hashed.</summary>
    Fresh,
}
