namespace Kusama.Blockchain.Blocks;

/// <summary>The kinds of <see cref="BlocksPruning"/>.</summary>
public enum BlocksPruningKind
{
    Archive,
    ArchiveCanonical,
    KeepFinalized,
}
