using System.Collections.Concurrent;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.TransactionPool;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Notifications;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Network.Service;

/// <summary>
/// The node's network (sc-network's <c>NetworkWorker</c> with the sync and transactions handlers): a libp2p host with
/// Substrate's protocols, peer slots and reputation, block announcements both ways, and transaction gossip.
/// </summary>
public sealed partial class NetworkService : IAsyncDisposable
{
    private readonly Libp2pHost _host;
    private readonly BlockTree _tree;
    private readonly TransactionPool? _pool;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<PeerId, ConnectedPeer> _peers = new();
    private readonly Lock _slots = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];
    private int _inbound;
    private int _outbound;
    private int _light;
    private int _disposed;

    /// <summary>
    /// A network for <paramref name="tree"/>'s chain with identity <paramref name="nodeKey"/>; with an <paramref name="importer"/> it
    /// syncs blocks, with a <paramref name="pool"/> it gossips transactions. Nothing runs until <see cref="Start"/>.
    /// </summary>
    public NetworkService(NodeKey nodeKey, NetworkConfiguration configuration, BlockTree tree, ProtocolNames names,
        TransactionPool? pool = null, BlockImporter? importer = null, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(nodeKey);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(names);
        Configuration = configuration;
        Names = names;
        _tree = tree;
        _pool = pool;
        loggers ??= NullLoggerFactory.Instance;
        _logger = loggers.CreateLogger("sub-libp2p");
        _host = new Libp2pHost(nodeKey, new Libp2pHostOptions { AgentVersion = configuration.AgentVersion });
        BlockAnnouncesProtocol = new NotificationProtocol(names.BlockAnnounces, [names.LegacyBlockAnnounces], ProtocolLimits.MaxBlockAnnounceSize);
        TransactionsProtocol = new NotificationProtocol(names.Transactions, [names.LegacyTransactions], ProtocolLimits.MaxTransactionsSize);
        GrandpaProtocol = new NotificationProtocol(names.Grandpa, [ProtocolNames.LegacyGrandpa], ProtocolLimits.MaxGrandpaMessageSize);
        foreach (Multiaddr reserved in configuration.ReservedNodes) AddReservedPeer(reserved);
        foreach (Multiaddr bootnode in configuration.Bootnodes) AddKnownAddress(RequirePeerId(bootnode, "bootnode"), bootnode);
        RegisterNotificationHandlers();
        ComposeProtocols(importer, loggers);
        _host.ConnectionEstablished += OnConnectionEstablished;
        _host.InboundConnectionFailed += e => _logger.LogDebug("Inbound connection failed: {Error}", e.Message);
    }

    /// <summary>The flags this network runs with.</summary>
    public NetworkConfiguration Configuration { get; }

    /// <summary>The chain's protocol names.</summary>
    public ProtocolNames Names { get; }

    /// <summary>The libp2p host (for protocols registered by other services).</summary>
    public Libp2pHost Host => _host;

    /// <summary>Our peer id.</summary>
    public PeerId LocalPeerId => _host.LocalPeerId;

    /// <summary>Bytes received on all connections so far.</summary>
    public long BytesReceived => _host.Bandwidth.Received;

    /// <summary>Bytes sent on all connections so far.</summary>
    public long BytesSent => _host.Bandwidth.Sent;

    /// <summary>Every peer's reputation.</summary>
    public PeerStore PeerStore { get; } = new();

    /// <summary><c>/&lt;genesis&gt;/block-announces/1</c>.</summary>
    public NotificationProtocol BlockAnnouncesProtocol { get; }

    /// <summary><c>/&lt;genesis&gt;/transactions/1</c>.</summary>
    public NotificationProtocol TransactionsProtocol { get; }

    /// <summary><c>/&lt;genesis&gt;/grandpa/1</c> (registered; its messages come with GRANDPA).</summary>
    public NotificationProtocol GrandpaProtocol { get; }

    /// <summary>The number of sync peers (block-announces substream open).</summary>
    public int PeerCount
    {
        get
        {
            int count = 0;
            foreach (ConnectedPeer peer in _peers.Values)
                if (peer.IsOpen) count++;
            return count;
        }
    }

    /// <summary>The sync peers now.</summary>
    public IReadOnlyList<PeerInfo> Peers
    {
        get
        {
            var peers = new List<PeerInfo>();
            foreach (ConnectedPeer peer in _peers.Values)
                if (peer.IsOpen) peers.Add(peer.Info());
            return peers;
        }
    }

    /// <summary>
    /// The addresses we listen on, each ending in <c>/p2p/&lt;our id&gt;</c>; a wildcard listen address is expanded to the
    /// machine's interface addresses, and <c>--public-addr</c> addresses come first.
    /// </summary>
    public IReadOnlyList<Multiaddr> ListenAddresses
    {
        get
        {
            var addresses = new List<Multiaddr>();
            var p2p = MultiaddrComponent.P2p(LocalPeerId);
            foreach (Multiaddr address in Configuration.PublicAddresses)
                addresses.Add(address.PeerId is null ? address.With(p2p) : address);
            foreach (Multiaddr listen in _host.ListenAddresses)
                foreach (Multiaddr expanded in ExpandWildcard(listen))
                    addresses.Add(expanded.With(p2p));
            return addresses;
        }
    }

    /// <summary>Raised when a peer's block-announces substream opened (after the genesis check): a new sync peer.</summary>
    public event Action<PeerId, BlockAnnouncesHandshake>? PeerConnected;

    /// <summary>Raised when a sync peer is gone.</summary>
    public event Action<PeerId>? PeerDisconnected;

    /// <summary>Raised for every block announcement a sync peer sends.</summary>
    public event Action<PeerId, BlockAnnounce>? BlockAnnounceReceived;

    /// <summary>Whether block sync is far behind its peers (no block announcements or transactions are gossiped then).</summary>
    public bool IsMajorSyncing => Sync?.IsMajorSyncing ?? false;

    /// <summary>Listens on the configured addresses and starts dialling, announcing and gossiping.</summary>
    /// <exception cref="SocketException">A listen address cannot be bound (e.g. the port is taken).</exception>
    public void Start()
    {
        foreach (Multiaddr address in Configuration.ListenAddresses)
        {
            Multiaddr bound = _host.Listen(address);
            _logger.LogInformation("🔍 Listening for new connections on {Address}", bound.With(MultiaddrComponent.P2p(LocalPeerId)));
        }
        _discovery.Start();
        Sync?.Start();
        _tree.BlockImported += OnBlockImported;
        if (_pool is not null) _pool.ReadyTransactionsImported += OnReadyTransactionsImported;
        _loops.Add(Task.Run(() => SlotAllocationLoopAsync(_stopping.Token)));
        if (_pool is not null) _loops.Add(Task.Run(() => TransactionPropagationLoopAsync(_stopping.Token)));
    }

    /// <summary>Our block-announces handshake: roles, best block, genesis.</summary>
    private BlockAnnouncesHandshake OurHandshake()
    {
        BlockInfo best = _tree.Best;
        return new BlockAnnouncesHandshake(Configuration.Roles, best.Number, best.Hash, _tree.Genesis);
    }

    private static IEnumerable<Multiaddr> ExpandWildcard(Multiaddr listen)
    {
        if (TcpTransport.ToEndPoint(listen) is not IPEndPoint endPoint
            || !(endPoint.Address.Equals(IPAddress.Any) || endPoint.Address.Equals(IPAddress.IPv6Any)))
        {
            yield return listen;
            yield break;
        }
        AddressFamily family = endPoint.Address.AddressFamily;
        var seen = new HashSet<IPAddress>();
        NetworkInterface[] interfaces;
        try
        {
            interfaces = NetworkInterface.GetAllNetworkInterfaces();
        }
        catch (NetworkInformationException)
        {
            interfaces = [];
        }
        foreach (NetworkInterface networkInterface in interfaces)
        {
            if (networkInterface.OperationalStatus is not (OperationalStatus.Up or OperationalStatus.Unknown)) continue;
            foreach (UnicastIPAddressInformation unicast in networkInterface.GetIPProperties().UnicastAddresses)
            {
                IPAddress address = unicast.Address;
                if (address.AddressFamily != family || address.IsIPv6LinkLocal || !seen.Add(address)) continue;
                Multiaddr expanded = TcpTransport.ToMultiaddr(new IPEndPoint(address, endPoint.Port));
                yield return WebSocketTransport.IsWebSocketAddress(listen) ? expanded.With(MultiaddrComponent.Flag(MultiaddrProtocol.Ws)) : expanded;
            }
        }
    }

    private static PeerId RequirePeerId(Multiaddr address, string what) =>
        address.PeerId ?? throw new ArgumentException($"the {what} address '{address}' has no /p2p/<peer id>");

    /// <summary>Stops listening, closes every connection and stops the loops.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _tree.BlockImported -= OnBlockImported;
        if (_pool is not null) _pool.ReadyTransactionsImported -= OnReadyTransactionsImported;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        if (Sync is not null) await Sync.DisposeAsync().ConfigureAwait(false);
        await _discovery.DisposeAsync().ConfigureAwait(false);
        foreach (ConnectedPeer peer in _peers.Values) await DropAsync(peer, "shutting down").ConfigureAwait(false);
        await _host.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
