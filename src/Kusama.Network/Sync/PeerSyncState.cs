namespace Kusama.Network.Sync;

/// <summary>What block sync is doing with one peer (sc-network-sync <c>PeerSyncState</c>).</summary>
public enum PeerSyncState
{
    /// <summary>No request in flight; ready for the next one.</summary>
    Available,

    /// <summary>Looking for the highest block we share with the peer.</summary>
    AncestorSearch,

    /// <summary>Downloading a range of blocks that extends our chain.</summary>
    DownloadingNew,

    /// <summary>Downloading a fork (by hash, towards a known ancestor).</summary>
    DownloadingStale,
}
