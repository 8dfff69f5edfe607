using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Protocols;

namespace Kusama.Network.Sync;

/// <summary>Block sync's view of one peer (sc-network-sync <c>PeerSync</c>).</summary>
internal sealed class PeerSync(PeerId id, Hash256 bestHash, uint bestNumber)
{
    public PeerId Id { get; } = id;

    public Hash256 BestHash { get; set; } = bestHash;

    public uint BestNumber { get; set; } = bestNumber;

    /// <summary>The highest block number known to be on both our chain and the peer's.</summary>
    public uint CommonNumber { get; set; }

    /// <summary>Whether the peer's chain extends ours (blocks above <see cref="CommonNumber"/> are downloaded by range).</summary>
    public bool OnOurChain { get; set; }

    public PeerSyncState State { get; set; }

    public AncestorSearch? Search { get; set; }

    /// <summary>The fork being downloaded from this peer in <see cref="PeerSyncState.DownloadingStale"/>.</summary>
    public ForkTarget? Fork { get; set; }

    /// <summary>The request in flight (at most one per peer).</summary>
    public BlockRequest? InFlight { get; set; }

    /// <summary>The last request sent and how many times in a row it was sent (a responder bans the third identical one).</summary>
    public BlockRequest? LastRequest { get; set; }

    public int LastRequestCount { get; set; }

    /// <summary>Sync restarted while a request was in flight: its answer is dropped and the peer starts over.</summary>
    public bool RestartPending { get; set; }
}
