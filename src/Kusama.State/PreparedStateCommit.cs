using Kusama.Core;
using Kusama.Trie;

namespace Kusama.State;

/// <summary>
/// A block's changes applied to its parent's trie, not yet written (<see cref="StateDb.Prepare"/>): the new state root
/// plus the nodes, dropped references and flat changes <see cref="StateDb.CommitPrepared"/>
/// writes without walking the trie again. Computing the root during execution and committing it afterwards share this work.
/// </summary>
public sealed class PreparedStateCommit
{
    internal PreparedStateCommit(Hash256 parentStateRoot, Hash256 stateRoot, StateVersion stateVersion, StateChanges changes,
        List<KeyValuePair<Hash256, byte[]>> inserted, List<Hash256> obsolete, List<KeyValuePair<byte[], byte[]?>> flatChanges)
    {
        ParentStateRoot = parentStateRoot;
        StateRoot = stateRoot;
        StateVersion = stateVersion;
        Changes = changes;
        Inserted = inserted;
        Obsolete = obsolete;
        FlatChanges = flatChanges;
    }

    /// <summary>The state the changes apply to.</summary>
    public Hash256 ParentStateRoot { get; }

    /// <summary>The root of the state after the changes.</summary>
    public Hash256 StateRoot { get; }

    /// <summary>The trie layout the new nodes were encoded with.</summary>
    public StateVersion StateVersion { get; }

    /// <summary>The changes applied.</summary>
    public StateChanges Changes { get; }

    internal List<KeyValuePair<Hash256, byte[]>> Inserted { get; }

    internal List<Hash256> Obsolete { get; }

    internal List<KeyValuePair<byte[], byte[]?>> FlatChanges { get; }
}
