using System.Collections.Concurrent;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.Sync;

namespace Kusama.Network.Tests.Sync;

/// <summary>An in-process <see cref="ISyncNetwork"/>: each peer answers with a function; reports and disconnections are recorded.</summary>
internal sealed class FakeSyncNetwork : ISyncNetwork
{
    public ConcurrentDictionary<PeerId, Func<BlockRequest, BlockResponse>> Peers { get; } = new();

    public ConcurrentQueue<(PeerId Peer, ReputationChange Change)> Reports { get; } = new();

    public ConcurrentQueue<PeerId> Disconnected { get; } = new();

    /// <summary>Told about disconnections, as the network service tells the engine.</summary>
    public SyncingEngine? Engine { get; set; }

    public int Requests;

    public Task<BlockResponse> RequestBlocksAsync(PeerId peer, BlockRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        if (!Peers.TryGetValue(peer, out Func<BlockRequest, BlockResponse>? respond))
            return Task.FromException<BlockResponse>(new InvalidOperationException($"{peer} is not connected"));
        // Answer on the thread pool, as a real substream would.
        return Task.Run(() => BlockResponse.Decode(respond(BlockRequest.Decode(request.Encode())).Encode()), cancellationToken);
    }

    public void ReportPeer(PeerId peer, ReputationChange change) => Reports.Enqueue((peer, change));

    public void DisconnectPeer(PeerId peer, string reason)
    {
        Disconnected.Enqueue(peer);
        Peers.TryRemove(peer, out _);
        Engine?.PeerDisconnected(peer);
    }
}
