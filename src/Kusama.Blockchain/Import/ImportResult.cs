namespace Kusama.Blockchain.Import;

/// <summary>What importing one block did (sc-consensus <c>ImportResult</c>).</summary>
public enum ImportResult
{
    /// <summary>Stored as a new block.</summary>
    Imported,

    /// <summary>The block is already in the chain; nothing changed.</summary>
    AlreadyInChain,

    /// <summary>Its parent is not known (yet); nothing changed.</summary>
    UnknownParent,

    /// <summary>The block was seen before and found invalid; nothing changed.</summary>
    KnownBad,
}
