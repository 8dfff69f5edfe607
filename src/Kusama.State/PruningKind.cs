namespace Kusama.State;

/// <summary>The kinds of <see cref="PruningMode"/>; the values are stored in the database.</summary>
public enum PruningKind : byte
{
    /// <summary>Prune states older than a window of finalized blocks; drop forks on finality.</summary>
    Constrained = 0,

    /// <summary>Keep all states, forks included.</summary>
    ArchiveAll = 1,

    /// <summary>Keep all canonical states; drop forks on finality.</summary>
    ArchiveCanonical = 2,
}
