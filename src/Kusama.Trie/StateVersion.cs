namespace Kusama.Trie;

/// <summary>The trie layout a root is computed under (sp-trie <c>LayoutV0</c> / <c>LayoutV1</c>).</summary>
public enum StateVersion : byte
{
    /// <summary>Values are always stored inline in their node.</summary>
    V0 = 0,

    /// <summary>Values of 33 bytes or more are stored as a separate node referenced by their blake2-256 hash.</summary>
    V1 = 1,
}
