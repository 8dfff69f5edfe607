namespace Kusama.Blockchain.Blocks;

/// <summary>
/// The path between two blocks of the tree (sp-blockchain <c>TreeRoute</c>): the blocks retracted walking back from
/// <c>from</c> to the common ancestor (newest first), the common ancestor, and the blocks enacted walking forward to <c>to</c> (oldest first).
/// </summary>
public sealed record TreeRoute(IReadOnlyList<BlockInfo> Retracted, BlockInfo CommonBlock, IReadOnlyList<BlockInfo> Enacted)
{
    /// <summary>True when the route only moves forward (no block retracted).</summary>
    public bool IsForward => Retracted.Count == 0;
}
