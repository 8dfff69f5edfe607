namespace Kusama.Network.Sync;

/// <summary>What block sync is doing (sc-network-sync <c>SyncState</c>).</summary>
public enum SyncState
{
    /// <summary>In step with the peers (at most <see cref="ChainSync.MajorSyncBlocks"/> behind).</summary>
    Idle,

    /// <summary>Downloading blocks towards the target.</summary>
    Downloading,

    /// <summary>Every block up to the target is downloaded; importing them.</summary>
    Importing,
}
