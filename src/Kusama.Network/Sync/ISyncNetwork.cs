using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;

namespace Kusama.Network.Sync;

/// <summary>What block sync needs from the network service: block requests to sync peers, reputation and disconnection.</summary>
public interface ISyncNetwork
{
    /// <summary>Sends a <c>/sync/2</c> request to a connected sync peer; throws (any exception) on failure, timeout or refusal.</summary>
    Task<BlockResponse> RequestBlocksAsync(PeerId peer, BlockRequest request, CancellationToken cancellationToken);

    /// <summary>Changes the reputation of <paramref name="peer"/>; the service bans and disconnects it below the threshold.</summary>
    void ReportPeer(PeerId peer, ReputationChange change);

    /// <summary>Closes the sync (block-announces) substreams of <paramref name="peer"/>.</summary>
    void DisconnectPeer(PeerId peer, string reason);
}
