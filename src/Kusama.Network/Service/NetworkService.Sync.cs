using Kusama.Blockchain.Import;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Light;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.Network.Sync;
using Microsoft.Extensions.Logging;

namespace Kusama.Network.Service;

// The protocols built on the peer set: Kademlia discovery, the request-response servers (/sync/2, /state/2, /light/2)
// and block sync, whose block requests go to the peer's connection.
public sealed partial class NetworkService : ISyncNetwork
{
    private Discovery _discovery = null!;

    /// <summary>Block sync, when the network was given an importer.</summary>
    public SyncingEngine? Sync { get; private set; }

    /// <summary><c>/&lt;genesis&gt;/sync/2</c>.</summary>
    public RequestResponseProtocol SyncProtocol { get; private set; } = null!;

    private void ComposeProtocols(BlockImporter? importer, ILoggerFactory loggers)
    {
        Action<PeerId, ReputationChange> report = ReportPeer;
        SyncProtocol = RequestResponseProtocol.Sync(Names);
        RequestResponseServer.Register(_host.Handlers, new BlockRequestHandler(_tree, SyncProtocol, report), report);
        RequestResponseServer.Register(_host.Handlers, new StateRequestHandler(_tree, RequestResponseProtocol.State(Names), report), report);
        RequestResponseServer.Register(_host.Handlers, new LightClientRequestHandler(_tree, RequestResponseProtocol.Light(Names), report), report);

        _discovery = new Discovery(_host, [Names.Kad, Names.LegacyKad], new DiscoveryOptions
        {
            Bootnodes = Configuration.Bootnodes,
            EnableRandomWalk = !Configuration.ReservedOnly,
            ConnectedPeers = () => PeerCount,
            // sc-network's discovery_only_if_under_num for a full node: out peers plus 15.
            DiscoveryOnlyIfUnderNum = Configuration.OutPeers + 15,
            AllowPrivateAddresses = Configuration.AllowPrivateAddresses,
        });
        _discovery.PeerDiscovered += (peer, addresses) =>
        {
            foreach (Libp2p.Multiaddrs.Multiaddr address in addresses) AddKnownAddress(peer, address);
        };

        if (importer is null) return;
        SyncingEngine sync = new(_tree, importer, this, loggers.CreateLogger("sync"));
        Sync = sync;
        PeerConnected += sync.PeerConnected;
        PeerDisconnected += sync.PeerDisconnected;
        BlockAnnounceReceived += sync.OnBlockAnnounce;
    }

    /// <summary>Sends a block request to a connected peer over <c>/sync/2</c> and decodes the response.</summary>
    /// <exception cref="RequestFailedException">Refused, timed out, too large, or the peer is not connected.</exception>
    /// <exception cref="ProtocolDecodeException">The response does not decode.</exception>
    public async Task<BlockResponse> RequestBlocksAsync(PeerId peer, BlockRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(request);
        Libp2pConnection connection = ConnectionTo(peer)
            ?? throw new RequestFailedException(RequestFailure.Network, $"{peer} is not connected");
        byte[] response = await RequestResponseClient.SendAsync(connection, SyncProtocol, request.Encode(), cancellationToken).ConfigureAwait(false);
        return BlockResponse.Decode(response);
    }

    /// <summary>The connection the peer's notification substreams use, else any open connection to it.</summary>
    private Libp2pConnection? ConnectionTo(PeerId peer)
    {
        if (_peers.TryGetValue(peer, out ConnectedPeer? connected) && !connected.Connection.IsClosed) return connected.Connection;
        foreach (Libp2pConnection connection in _host.Connections)
            if (connection.RemotePeerId == peer && !connection.IsClosed) return connection;
        return null;
    }
}
