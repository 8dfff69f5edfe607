using Kusama.Core;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Execution;

/// <summary>
/// <c>storage_root</c> of one session: the parent's trie with the overlay's changes applied (sp-state-machine's
/// <c>storage_root</c> over the backend), O(changes × depth) instead of O(state). The work is kept as a
/// <see cref="PreparedStateCommit"/> so the block's commit writes it without redoing it. Not thread-safe (one per session).
/// </summary>
public sealed class IncrementalStorageRoot : IStorageRoot
{
    private readonly StateDb _state;
    private readonly StorageOverlay _overlay;
    private readonly Hash256 _parentStateRoot;
    private long _preparedAt = -1;

    /// <summary>Roots of <paramref name="overlay"/> (over the state under <paramref name="parentStateRoot"/> in <paramref name="state"/>).</summary>
    public IncrementalStorageRoot(StateDb state, StorageOverlay overlay, Hash256 parentStateRoot)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(overlay);
        _state = state;
        _overlay = overlay;
        _parentStateRoot = parentStateRoot;
    }

    /// <summary>The last root computed with its commit work, when the overlay has not changed since; else null.</summary>
    public PreparedStateCommit? Prepared => _preparedAt == _overlay.Version ? LastPrepared : null;

    private PreparedStateCommit? LastPrepared { get; set; }

    public Hash256 Calculate(IStorage storage, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(storage);
        // Another storage, or one with a transaction open (its changes are not settled): the exact, slow way.
        if (storage is not OverlayStorage { Overlay: var overlay } || !ReferenceEquals(overlay, _overlay) || overlay.TransactionDepth != 0)
            return ScanningStorageRoot.Instance.Calculate(storage, version);
        if (Prepared is { } prepared && prepared.StateVersion == version) return prepared.StateRoot;
        long at = _overlay.Version;
        LastPrepared = _state.Prepare(_parentStateRoot, _overlay.Changes(), version);
        _preparedAt = at;
        return LastPrepared.StateRoot;
    }
}
