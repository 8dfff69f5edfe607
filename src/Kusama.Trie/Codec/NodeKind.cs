namespace Kusama.Trie.Codec;

/// <summary>The node types of Substrate's trie codec, told apart by the first header byte.</summary>
public enum NodeKind : byte
{
    /// <summary><c>0x00</c>: the empty trie; only ever a whole root encoding.</summary>
    Empty = 0,

    /// <summary><c>0b01nn_nnnn</c>: a leaf with an inline value.</summary>
    Leaf = 1,

    /// <summary><c>0b10nn_nnnn</c>: a branch without a value.</summary>
    BranchWithoutValue = 2,

    /// <summary><c>0b11nn_nnnn</c>: a branch with an inline value.</summary>
    BranchWithValue = 3,

    /// <summary><c>0b001n_nnnn</c>: a leaf whose value is stored apart, referenced by its hash (V1).</summary>
    HashedValueLeaf = 4,

    /// <summary><c>0b0001_nnnn</c>: a branch whose value is stored apart, referenced by its hash (V1).</summary>
    HashedValueBranch = 5,
}
