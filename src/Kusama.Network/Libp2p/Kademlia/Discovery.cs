using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Kusama.Network.Libp2p.Identify;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// Kademlia peer discovery as sc-network's discovery behaviour runs it for a full node: serves the kad protocol, keeps the
/// routing table fed from bootnodes, connections and identify, and (after <see cref="Start"/>) random-walks the DHT,
/// reporting every peer it learns through <see cref="PeerDiscovered"/>; it also stores and serves DHT records and
/// providers, and finds and publishes records (<see cref="GetValueAsync"/>, <see cref="PutValueAsync"/>). Connections it dials only to query a peer are left
/// open; closing idle connections is the network service's job, as it is in Substrate.
/// </summary>
public sealed partial class Discovery : IAsyncDisposable
{
    private readonly Libp2pHost _host;
    private readonly DiscoveryOptions _options;
    private readonly (PeerId PeerId, Multiaddr Address)[] _bootnodes;
    private readonly Dictionary<PeerId, int> _connectionCounts = [];
    private readonly ConcurrentDictionary<Task, byte> _background = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private Task _randomWalk = Task.CompletedTask;
    private int _started;
    private int _disposed;

    /// <summary>
    /// Discovery on <paramref name="host"/>: registers the kad handler under <paramref name="protocolNames"/> (preferred first,
    /// e.g. <c>/&lt;genesis&gt;/kad</c> then <c>/ksmcc3/kad</c>), adds the bootnodes and follows the host's connections.
    /// </summary>
    public Discovery(Libp2pHost host, IReadOnlyList<string> protocolNames, DiscoveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(options);
        _host = host;
        _options = options;
        Table = new KBucketsTable(host.LocalPeerId, options.TimeProvider);
        Protocol = new KademliaProtocol(protocolNames, Table, new KademliaRecordStore(options.TimeProvider))
        {
            RecordFilter = options.RecordFilter,
            ProviderFilter = options.ProviderFilter,
        };
        var bootnodes = new List<(PeerId, Multiaddr)>();
        foreach (Multiaddr bootnode in options.Bootnodes)
        {
            if (bootnode.PeerId is not PeerId peerId)
                throw new ArgumentException($"bootnode '{bootnode}' does not end with /p2p/<PeerId>", nameof(options));
            if (peerId == host.LocalPeerId) continue;
            bootnodes.Add((peerId, bootnode.WithoutPeerId()));
            Table.AddOrUpdate(peerId, [bootnode.WithoutPeerId()], isConnected: false);
        }
        _bootnodes = [.. bootnodes];
        Protocol.Register(host.Handlers);
        Table.PendingEntryAdded += OnPendingEntryAdded;
        host.ConnectionEstablished += OnConnectionEstablished;
        foreach (Libp2pConnection connection in host.Connections) OnConnectionEstablished(connection);
    }

    /// <summary>The routing table.</summary>
    public KBucketsTable Table { get; }

    /// <summary>The kad protocol (handler and single-peer client).</summary>
    public KademliaProtocol Protocol { get; }

    /// <summary>The records and providers we hold for the DHT.</summary>
    public KademliaRecordStore Store => Protocol.Store;

    /// <summary>The number of peers in the routing table.</summary>
    public int KnownPeers => Table.Count;

    /// <summary>Raised for every peer a lookup learns, with its dialable addresses (the service decides whom to connect to).</summary>
    public event Action<PeerId, IReadOnlyList<Multiaddr>>? PeerDiscovered;

    /// <summary>Adds addresses the service learned for <paramref name="peerId"/> (e.g. from its own identify); unusable ones are ignored.</summary>
    public void AddAddresses(PeerId peerId, IEnumerable<Multiaddr> addresses)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        ArgumentNullException.ThrowIfNull(addresses);
        Multiaddr[] usable = Usable(addresses);
        if (usable.Length > 0) Table.AddOrUpdate(peerId, usable, IsConnected(peerId));
    }

    /// <summary>The addresses known for <paramref name="peerId"/>, if it is in the routing table.</summary>
    public bool TryGetAddresses(PeerId peerId, [NotNullWhen(true)] out IReadOnlyList<Multiaddr>? addresses) =>
        Table.TryGetAddresses(peerId, out addresses);

    /// <summary>Starts the random walk (if enabled): a lookup at once, then after 1 s, 2 s, 4 s, … up to every 60 s.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_options.EnableRandomWalk || Interlocked.Exchange(ref _started, 1) != 0) return;
        _randomWalk = Task.Run(() => RandomWalkAsync(_stopping.Token));
    }

    private void OnConnectionEstablished(Libp2pConnection connection)
    {
        PeerId peerId = connection.RemotePeerId;
        lock (_lock) _connectionCounts[peerId] = _connectionCounts.GetValueOrDefault(peerId) + 1;
        Table.SetConnected(peerId, true);
        // We reached the peer at the address we dialled; an inbound connection's source port is not dialable.
        if (connection.IsDialer && connection.RemoteAddress is Multiaddr remote && IsUsable(remote))
            Table.AddOrUpdate(peerId, [remote], isConnected: true);
        _ = connection.Completion.ContinueWith(_ => OnConnectionClosed(peerId), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        if (_options.IdentifyNewConnections && Volatile.Read(ref _disposed) == 0) Track(IdentifyAsync(connection, _stopping.Token));
    }

    // As rust-libp2p: dial the entry a pending newcomer waits on; if it answers, it is connected again and keeps its place.
    private void OnPendingEntryAdded(PeerId pending, PeerId disconnected)
    {
        if (Volatile.Read(ref _disposed) != 0 || !Table.TryGetAddresses(disconnected, out IReadOnlyList<Multiaddr>? addresses)) return;
        var candidate = new LookupCandidate(disconnected, default);
        candidate.Addresses.AddRange(addresses);
        Track(ProbeAsync(candidate, _stopping.Token));
    }

    private async Task ProbeAsync(LookupCandidate candidate, CancellationToken cancellationToken)
    {
        try
        {
            await ConnectAsync(candidate, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Unreachable: it stays disconnected and the pending entry replaces it when its time comes.
        }
    }

    private void OnConnectionClosed(PeerId peerId)
    {
        lock (_lock)
        {
            int remaining = _connectionCounts.GetValueOrDefault(peerId) - 1;
            if (remaining > 0)
            {
                _connectionCounts[peerId] = remaining;
                return;
            }
            _connectionCounts.Remove(peerId);
        }
        Table.SetConnected(peerId, false);
    }

    private bool IsConnected(PeerId peerId)
    {
        lock (_lock) return _connectionCounts.ContainsKey(peerId);
    }

    // Substrate adds self-reported listen addresses to Kademlia only for peers that speak our kad protocol.
    private async Task IdentifyAsync(Libp2pConnection connection, CancellationToken cancellationToken)
    {
        IdentifyMessage identify;
        try
        {
            identify = await IdentifyProtocol.RequestAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Identify is best effort here: the peer stays reachable through whatever we knew before.
            return;
        }
        bool speaksKad = false;
        foreach (string protocol in identify.Protocols)
            speaksKad |= Protocol.ProtocolNames.Contains(protocol, StringComparer.Ordinal);
        if (!speaksKad) return;
        Multiaddr[] usable = Usable(identify.ListenAddrs);
        if (usable.Length > 0) Table.AddOrUpdate(connection.RemotePeerId, usable, !connection.IsClosed);
    }

    private void Track(Task task)
    {
        _background[task] = 0;
        _ = task.ContinueWith(t => _background.TryRemove(t, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Raise(PeerId peerId, IReadOnlyList<Multiaddr> addresses)
    {
        try
        {
            PeerDiscovered?.Invoke(peerId, addresses);
        }
        catch (Exception)
        {
            // An observer's bug must not stop discovery.
        }
    }

    /// <summary>Stops the random walk, unregisters the handler and stops following connections (the host stays up).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _host.ConnectionEstablished -= OnConnectionEstablished;
        Table.PendingEntryAdded -= OnPendingEntryAdded;
        Protocol.Unregister(_host.Handlers);
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll([_randomWalk, .. _background.Keys]).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Every background task ends on cancellation; their failures were already handled.
        }
        // _stopping is left undisposed: a connection event racing with this dispose may still read its token.
    }
}
