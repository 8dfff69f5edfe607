using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Identify;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Ping;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>
/// A libp2p host over TCP and WebSocket (<c>/tcp/N/ws</c>): listens and dials, upgrades connections, and serves registered inbound protocols;
/// identify and ping are registered from the start.
/// </summary>
public sealed class Libp2pHost : IAsyncDisposable
{
    private readonly Ed25519KeyPair _identity;
    private readonly ConcurrentDictionary<Libp2pConnection, byte> _connections = new();
    private readonly List<(TcpListener Listener, bool WebSocket, Task Loop)> _listeners = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private int _pendingInbound;
    private int _disposed;

    /// <summary>A host with the identity <paramref name="nodeKey"/> (the caller keeps ownership of the key).</summary>
    public Libp2pHost(NodeKey nodeKey, Libp2pHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(nodeKey);
        NodeKey = nodeKey;
        Options = options ?? new Libp2pHostOptions();
        _identity = Ed25519KeyPair.FromSeed(nodeKey.Secret);
        Handlers.Register(PingProtocol.ProtocolId, PingProtocol.HandleAsync);
        Handlers.Register(IdentifyProtocol.ProtocolId, (connection, substream, ct) =>
            IdentifyProtocol.RespondAsync(substream, CreateIdentifyMessage(connection), ct));
    }

    /// <summary>Our identity.</summary>
    public NodeKey NodeKey { get; }

    /// <summary>Our PeerId.</summary>
    public PeerId LocalPeerId => NodeKey.PeerId;

    /// <summary>The identify values and limits.</summary>
    public Libp2pHostOptions Options { get; }

    /// <summary>Bytes read and written on every connection's socket.</summary>
    public BandwidthCounters Bandwidth { get; } = new();

    /// <summary>The inbound protocols served on every connection.</summary>
    public ProtocolHandlers Handlers { get; } = new();

    /// <summary>The addresses we listen on, with the actual ports.</summary>
    public IReadOnlyList<Multiaddr> ListenAddresses
    {
        get
        {
            lock (_lock)
            {
                var addresses = new Multiaddr[_listeners.Count];
                for (int i = 0; i < addresses.Length; i++)
                    addresses[i] = ListenAddress(_listeners[i].Listener, _listeners[i].WebSocket);
                return addresses;
            }
        }
    }

    /// <summary>The open connections.</summary>
    public ICollection<Libp2pConnection> Connections => _connections.Keys;

    /// <summary>Raised for every upgraded connection, inbound or outbound.</summary>
    public event Action<Libp2pConnection>? ConnectionEstablished;

    /// <summary>Raised when an inbound connection failed its upgrade (it is dropped; the listener keeps accepting).</summary>
    public event Action<Exception>? InboundConnectionFailed;

    /// <summary>Starts listening on <c>/ip4|ip6/…/tcp/N</c> or <c>/ip4|ip6/…/tcp/N/ws</c> (port 0 picks one) and returns the bound address.</summary>
    public Multiaddr Listen(Multiaddr address)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (WebSocketTransport.IsSecureWebSocketAddress(address))
            throw new ArgumentException($"'{address}': /wss is not served directly; listen on /ws behind a TLS-terminating proxy", nameof(address));
        if (TcpTransport.ToEndPoint(address) is not IPEndPoint endPoint || address.PeerId is not null)
            throw new ArgumentException($"'{address}' is not a listen address (/ip4|ip6/…/tcp/N[/ws])", nameof(address));
        bool webSocket = WebSocketTransport.IsWebSocketAddress(address);
        var listener = new TcpListener(endPoint);
        listener.Start();
        lock (_lock) _listeners.Add((listener, webSocket, Task.Run(() => AcceptLoopAsync(listener, webSocket))));
        return ListenAddress(listener, webSocket);
    }

    private static Multiaddr ListenAddress(TcpListener listener, bool webSocket) => webSocket
        ? WebSocketTransport.ToMultiaddr((IPEndPoint)listener.LocalEndpoint)
        : TcpTransport.ToMultiaddr((IPEndPoint)listener.LocalEndpoint);

    /// <summary>Dials <c>/ip4|ip6|dns/…/tcp/N[/ws|/wss][/p2p/ID]</c> and upgrades; with <c>/p2p/ID</c> the remote must be that peer.</summary>
    /// <exception cref="Libp2pProtocolException">The upgrade failed (including a PeerId mismatch or the 20 s timeout).</exception>
    /// <exception cref="SocketException">The TCP connection could not be made.</exception>
    public async Task<Libp2pConnection> DialAsync(Multiaddr address, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        PeerId? expected = address.PeerId;
        if (expected == LocalPeerId) throw new ArgumentException("refusing to dial ourselves", nameof(address));
        NetworkStream stream = await TcpTransport.ConnectAsync(address, cancellationToken).ConfigureAwait(false);
        var remoteEndPoint = (IPEndPoint)stream.Socket.RemoteEndPoint!;
        Stream transport = new MeteredStream(stream, Bandwidth);
        Multiaddr remote;
        bool secure = WebSocketTransport.IsSecureWebSocketAddress(address);
        if (secure || WebSocketTransport.IsWebSocketAddress(address))
        {
            remote = secure
                ? TcpTransport.ToMultiaddr(remoteEndPoint).With(MultiaddrComponent.Flag(MultiaddrProtocol.Wss))
                : WebSocketTransport.ToMultiaddr(remoteEndPoint);
            try
            {
                if (secure)
                    transport = await WebSocketTransport.TlsClientHandshakeAsync(transport, address, Options.RemoteCertificateValidation, cancellationToken).ConfigureAwait(false);
                transport = await WebSocketTransport.ClientHandshakeAsync(transport, WebSocketTransport.HostHeader(address), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await transport.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        else
        {
            remote = TcpTransport.ToMultiaddr(remoteEndPoint);
        }
        Libp2pConnection connection = await ConnectionUpgrader
            .UpgradeOutboundAsync(transport, _identity, expected, remote, Handlers, cancellationToken, Options.UpgradeTimeout).ConfigureAwait(false);
        Track(connection);
        return connection;
    }

    private async Task AcceptLoopAsync(TcpListener listener, bool webSocket)
    {
        CancellationToken cancellationToken = _stopping.Token;
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                // Transient accept failures (e.g. a reset before accept) must not stop the listener.
                Report(e);
                continue;
            }
            if (Interlocked.Increment(ref _pendingInbound) > Options.MaxPendingInboundUpgrades)
            {
                Interlocked.Decrement(ref _pendingInbound);
                socket.Dispose();
                Report(new Libp2pProtocolException("too many inbound connections being upgraded; refused one"));
                continue;
            }
            _ = Task.Run(() => UpgradeInboundAsync(socket, webSocket, cancellationToken), CancellationToken.None);
        }
    }

    private async Task UpgradeInboundAsync(Socket socket, bool webSocket, CancellationToken cancellationToken)
    {
        try
        {
            socket.NoDelay = true;
            var remoteEndPoint = (IPEndPoint)socket.RemoteEndPoint!;
            Stream stream = new MeteredStream(new NetworkStream(socket, ownsSocket: true), Bandwidth);
            Multiaddr remote = TcpTransport.ToMultiaddr(remoteEndPoint);
            if (webSocket)
            {
                remote = WebSocketTransport.ToMultiaddr(remoteEndPoint);
                stream = await WebSocketTransport.ServerHandshakeAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            Libp2pConnection connection = await ConnectionUpgrader
                .UpgradeInboundAsync(stream, _identity, remote, Handlers, cancellationToken, Options.UpgradeTimeout).ConfigureAwait(false);
            Track(connection);
        }
        catch (Exception e)
        {
            socket.Dispose();
            if (!cancellationToken.IsCancellationRequested) Report(e);
        }
        finally
        {
            Interlocked.Decrement(ref _pendingInbound);
        }
    }

    private void Track(Libp2pConnection connection)
    {
        _connections[connection] = 0;
        _ = connection.Completion.ContinueWith(
            _ => _connections.TryRemove(connection, out byte _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            ConnectionEstablished?.Invoke(connection);
        }
        catch (Exception)
        {
            // An observer's bug must not lose the connection.
        }
    }

    private void Report(Exception e)
    {
        try
        {
            InboundConnectionFailed?.Invoke(e);
        }
        catch (Exception)
        {
            // An observer's bug must not stop the listener.
        }
    }

    private IdentifyMessage CreateIdentifyMessage(Libp2pConnection connection) => new()
    {
        ProtocolVersion = Options.ProtocolVersion,
        AgentVersion = Options.AgentVersion,
        PublicKey = NodeKey.PublicKey,
        ListenAddrs = ListenAddresses,
        ObservedAddr = connection.RemoteAddress,
        Protocols = Handlers.Protocols,
    };

    /// <summary>Stops listening and closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        (TcpListener Listener, bool WebSocket, Task Loop)[] listeners;
        lock (_lock) listeners = [.. _listeners];
        foreach ((TcpListener listener, _, Task loop) in listeners)
        {
            listener.Stop();
            await loop.ConfigureAwait(false);
        }
        foreach (Libp2pConnection connection in _connections.Keys) await connection.DisposeAsync().ConfigureAwait(false);
        _identity.Dispose();
        _stopping.Dispose();
    }
}
