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

    /// <summary>How many recent distinct requests <see cref="TryRecordRequest"/> remembers.</summary>
    public const int RecentRequests = 16;

    private readonly List<(BlockRequest Request, int Count)> _sentRequests = new(RecentRequests);

    /// <summary>
    /// Records <paramref name="request"/> as sent, unless it would be the third identical one among the recent requests:
    /// Substrate's block request handler treats that as fatal even with other requests in between (networking.md §14 item 17).
    /// </summary>
    public bool TryRecordRequest(BlockRequest request)
    {
        int index = _sentRequests.FindIndex(entry => entry.Request.Equals(request));
        if (index < 0)
        {
            if (_sentRequests.Count == RecentRequests) _sentRequests.RemoveAt(0);
            _sentRequests.Add((request, 1));
            return true;
        }
        if (_sentRequests[index].Count >= 2) return false;
        _sentRequests[index] = (request, 2);
        return true;
    }

    /// <summary>Sync restarted while a request was in flight: its answer is dropped and the peer starts over.</summary>
    public bool RestartPending { get; set; }
}
