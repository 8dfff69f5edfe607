using Kusama.Core;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Execution;

/// <summary>A block executed on its parent's state: the state changes to commit and the trie layout they are committed under.</summary>
public sealed record ExecutedBlock(StateChanges Changes, StateVersion StateVersion)
{
    /// <summary>The trie work done while computing the block's state root (null when the root was not computed incrementally).</summary>
    public PreparedStateCommit? Prepared { get; init; }

    /// <summary>
    /// Commits the block's state as <paramref name="blockHash"/> (see <see cref="StateDb.CommitBlock"/>), reusing
    /// <see cref="Prepared"/> when it was made on <paramref name="parentStateRoot"/>: the changes are not applied twice.
    /// </summary>
    public StateCommit Commit(StateDb state, Hash256 blockHash, Hash256 parentHash, uint number, Hash256 parentStateRoot)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (Prepared is { } prepared && prepared.ParentStateRoot == parentStateRoot && prepared.StateVersion == StateVersion && ReferenceEquals(prepared.Changes, Changes))
            return state.CommitPrepared(blockHash, parentHash, number, prepared);
        return state.CommitBlock(blockHash, parentHash, number, parentStateRoot, Changes, StateVersion);
    }
}
