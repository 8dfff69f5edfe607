namespace Kusama.Network.Sync;

/// <summary>
/// A snapshot of block sync for the informant and RPC (sc-network-sync <c>SyncStatus</c>): state, the target (median of the
/// peers' best blocks when ahead of us), sync peers, blocks waiting for import, where sync started, and a running count of
/// imported blocks (for blocks per second).
/// </summary>
public sealed record SyncStatus(SyncState State, uint? BestSeenBlock, int NumPeers, int QueuedBlocks, uint StartingBlock, long ImportedBlocks)
{
    /// <summary>Whether the node is far behind its peers (<see cref="SyncState.Downloading"/> or <see cref="SyncState.Importing"/>).</summary>
    public bool IsMajorSyncing => State != SyncState.Idle;
}
