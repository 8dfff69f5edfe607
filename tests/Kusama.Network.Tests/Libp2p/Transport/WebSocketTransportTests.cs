using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kusama.Network.Libp2p.Identify;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Ping;
using Kusama.Network.Libp2p.Transport;
using WebSocketStream = Kusama.Network.Libp2p.Transport.WebSocketStream;

namespace Kusama.Network.Tests.Libp2p.Transport;

public sealed class WebSocketTransportTests : IAsyncLifetime
{
    private readonly NodeKey _listenerKey = NodeKey.Generate();
    private readonly NodeKey _dialerKey = NodeKey.Generate();
    private readonly TaskCompletionSource<Exception> _inboundFailed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Libp2pHost _listener = null!;
    private Libp2pHost _dialer = null!;
    private Multiaddr _address = null!;

    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;

    private Multiaddr AddressWithPeerId => _address.With(MultiaddrComponent.P2p(_listener.LocalPeerId));

    private int Port => _address.Components[1].PortNumber!.Value;

    public Task InitializeAsync()
    {
        _listener = new Libp2pHost(_listenerKey);
        _dialer = new Libp2pHost(_dialerKey);
        _listener.InboundConnectionFailed += e => _inboundFailed.TrySetResult(e);
        _address = _listener.Listen(Multiaddr.Parse("/ip4/127.0.0.1/tcp/0/ws"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _dialer.DisposeAsync();
        await _listener.DisposeAsync();
        _listenerKey.Dispose();
        _dialerKey.Dispose();
    }

    [Fact]
    public void ListeningOnAWsAddressReportsTheBoundWsAddress()
    {
        Assert.Equal(MultiaddrProtocol.Ws, _address.Components[2].Protocol);
        Assert.NotEqual(0, Port);
        Assert.Equal(_address, Assert.Single(_listener.ListenAddresses));
        Assert.StartsWith("/ip4/127.0.0.1/tcp/", _address.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("/ws", _address.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DialingAWsAddressUpgradesAndServesPingAndIdentify()
    {
        Libp2pConnection connection = await _dialer.DialAsync(AddressWithPeerId, Timeout);
        Assert.Equal(_listener.LocalPeerId, connection.RemotePeerId);
        Assert.Equal(_address, connection.RemoteAddress);

        TimeSpan rtt = await PingProtocol.PingAsync(connection, Timeout);
        Assert.True(rtt >= TimeSpan.Zero);

        IdentifyMessage identify = await IdentifyProtocol.RequestAsync(connection, Timeout);
        Assert.Contains(_address, identify.ListenAddrs);
        Assert.Equal(MultiaddrProtocol.Ws, identify.ObservedAddr!.Components[2].Protocol);
    }

    [Fact]
    public async Task AMebibyteCrossesAYamuxSubstreamIntactBothWays()
    {
        _listener.Handlers.Register("/test/echo/1", async (_, substream, ct) =>
        {
            var received = new MemoryStream();
            await substream.Stream.CopyToAsync(received, ct);
            await substream.Stream.WriteAsync(received.ToArray(), ct);
            await substream.CloseWriteAsync(ct);
        });
        Libp2pConnection connection = await _dialer.DialAsync(AddressWithPeerId, Timeout);
        byte[] payload = new byte[1024 * 1024];
        new Random(6).NextBytes(payload);

        await using NegotiatedSubstream echo = await connection.OpenStreamAsync("/test/echo/1", Timeout);
        await echo.Stream.WriteAsync(payload, Timeout);
        await echo.CloseWriteAsync(Timeout);
        var reply = new MemoryStream();
        await echo.Stream.CopyToAsync(reply, Timeout);

        Assert.Equal(payload.Length, reply.Length);
        Assert.True(payload.AsSpan().SequenceEqual(reply.ToArray()));
    }

    [Fact]
    public async Task GarbageInsteadOfTheUpgradeIsAnswered400AndTheListenerKeepsAccepting()
    {
        string answer = await SendRawAsync("hello, this is not HTTP\r\n\r\n"u8.ToArray());
        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Exception error = await _inboundFailed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsType<Libp2pProtocolException>(error);

        Libp2pConnection good = await _dialer.DialAsync(AddressWithPeerId, Timeout);
        Assert.Equal(_listener.LocalPeerId, good.RemotePeerId);
    }

    [Fact]
    public async Task AnOversizedHeaderBlockIsRefused()
    {
        byte[] request = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nX-Padding: " + new string('x', WebSocketTransport.MaxHandshakeSize) + "\r\n\r\n");
        string answer = await SendRawAsync(request);
        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Exception error = await _inboundFailed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("larger than", error.Message);

        Libp2pConnection good = await _dialer.DialAsync(AddressWithPeerId, Timeout);
        Assert.Equal(_listener.LocalPeerId, good.RemotePeerId);
    }

    [Fact]
    public async Task AnUpgradeWithoutAKeyIsRefused()
    {
        string answer = await SendRawAsync(Encoding.ASCII.GetBytes(
            $"GET / HTTP/1.1\r\nHost: 127.0.0.1:{Port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n"));
        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Exception error = await _inboundFailed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("Sec-WebSocket-Key", error.Message);
    }

    [Fact]
    public async Task AStandardClientIsUpgradedAndATextMessageDropsIt()
    {
        using var client = new ClientWebSocket();
        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/"), Timeout);
        Assert.Equal(WebSocketState.Open, client.State);

        await client.SendAsync("/multistream/1.0.0\n"u8.ToArray(), WebSocketMessageType.Text, true, Timeout);
        Exception error = await _inboundFailed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("text message", FullMessage(error));

        // The server aborted: past the multistream header it may have sent first, the client sees the connection end.
        byte[] buffer = new byte[64];
        bool ended = false;
        CancellationToken timeout = Timeout;
        try
        {
            while (!ended && !timeout.IsCancellationRequested)
                ended = (await client.ReceiveAsync(buffer, timeout)).MessageType == WebSocketMessageType.Close;
        }
        catch (WebSocketException)
        {
            ended = true;
        }
        Assert.True(ended);
        Assert.Empty(_listener.Connections);
    }

    [Fact]
    public async Task WebSocketStreamReadsPartsOfMessagesAndSeesCloseAsEndOfStream()
    {
        (WebSocket client, WebSocket server) = await ConnectedPairAsync();
        using WebSocket clientSocket = client;
        await using var stream = new WebSocketStream(server);

        await client.SendAsync("0123456789"u8.ToArray(), WebSocketMessageType.Binary, true, Timeout);
        await client.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Binary, true, Timeout);
        await client.SendAsync("ab"u8.ToArray(), WebSocketMessageType.Binary, true, Timeout);
        byte[] first = new byte[4];
        await stream.ReadExactlyAsync(first, Timeout);
        byte[] rest = new byte[8];
        await stream.ReadExactlyAsync(rest, Timeout);
        Assert.Equal("0123"u8.ToArray(), first);
        Assert.Equal("456789ab"u8.ToArray(), rest);

        await stream.WriteAsync("xyz"u8.ToArray(), Timeout);
        byte[] echoed = new byte[8];
        ValueWebSocketReceiveResult received = await client.ReceiveAsync(echoed.AsMemory(), Timeout);
        Assert.Equal(WebSocketMessageType.Binary, received.MessageType);
        Assert.True(received.EndOfMessage);
        Assert.Equal("xyz"u8.ToArray(), echoed.AsSpan(0, received.Count).ToArray());

        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, Timeout);
        Assert.Equal(0, await stream.ReadAsync(new byte[4], Timeout));
    }

    [Fact]
    public async Task WebSocketStreamRefusesAMessageOverTheLimit()
    {
        (WebSocket client, WebSocket server) = await ConnectedPairAsync();
        using WebSocket clientSocket = client;
        await using var stream = new WebSocketStream(server, maxMessageSize: 1024);

        // Sent in two fragments so that the limit is checked across a message, not per read.
        await client.SendAsync(new byte[800], WebSocketMessageType.Binary, false, Timeout);
        await client.SendAsync(new byte[800], WebSocketMessageType.Binary, true, Timeout);
        byte[] buffer = new byte[4096];
        var error = await Assert.ThrowsAsync<IOException>(async () =>
        {
            while (await stream.ReadAsync(buffer, Timeout) > 0)
            {
            }
        });
        Assert.Contains("longer than 1024", error.Message);
    }

    [Fact]
    public async Task DialingAWssAddressRunsTlsWithTheHostNameThenTheWebSocketUpgrade()
    {
        using X509Certificate2 certificate = SelfSignedCertificate("localhost");
        using var proxy = new TcpListener(IPAddress.Loopback, 0);
        proxy.Start();
        var serverName = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = TerminateTlsAsync(proxy, certificate, Port, serverName);
        await using var dialer = new Libp2pHost(_dialerKey, new Libp2pHostOptions
        {
            RemoteCertificateValidation = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString(),
        });
        var address = Multiaddr.Parse($"/dns/localhost/tcp/{((IPEndPoint)proxy.LocalEndpoint).Port}/wss/p2p/{_listener.LocalPeerId}");

        Libp2pConnection connection = await dialer.DialAsync(address, Timeout);

        Assert.Equal(_listener.LocalPeerId, connection.RemotePeerId);
        Assert.Equal(MultiaddrProtocol.Wss, connection.RemoteAddress!.Components[2].Protocol);
        Assert.True(await PingProtocol.PingAsync(connection, Timeout) >= TimeSpan.Zero);
        Assert.Equal("localhost", await serverName.Task); // the SNI the dialer sent
    }

    [Fact]
    public async Task AWssServerWithAnUntrustedCertificateIsRefused()
    {
        using X509Certificate2 certificate = SelfSignedCertificate("localhost");
        using var proxy = new TcpListener(IPAddress.Loopback, 0);
        proxy.Start();
        _ = TerminateTlsAsync(proxy, certificate, Port);
        var address = Multiaddr.Parse($"/ip4/127.0.0.1/tcp/{((IPEndPoint)proxy.LocalEndpoint).Port}/wss/p2p/{_listener.LocalPeerId}");

        // The default host checks the system's trust store, which does not know this certificate.
        var error = await Assert.ThrowsAsync<Libp2pProtocolException>(() => _dialer.DialAsync(address, Timeout));
        Assert.Contains("TLS handshake with 127.0.0.1 failed", error.Message);
    }

    [Fact]
    public void WsAddressesAreRecognisedAndResolveToTheirTcpEndpoint()
    {
        Assert.True(WebSocketTransport.IsWebSocketAddress(Multiaddr.Parse("/ip4/1.2.3.4/tcp/30334/ws")));
        Assert.True(WebSocketTransport.IsWebSocketAddress(Multiaddr.Parse("/dns/example.com/tcp/443/ws")));
        Assert.False(WebSocketTransport.IsWebSocketAddress(Multiaddr.Parse("/ip4/1.2.3.4/tcp/30334")));
        Assert.False(WebSocketTransport.IsWebSocketAddress(Multiaddr.Parse("/ip4/1.2.3.4/tcp/443/wss")));
        Assert.True(WebSocketTransport.IsSecureWebSocketAddress(Multiaddr.Parse("/dns/kusama-bootnode-0.polkadot.io/tcp/443/wss")));
        Assert.False(WebSocketTransport.IsSecureWebSocketAddress(Multiaddr.Parse("/ip4/1.2.3.4/tcp/30334/ws")));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("1.2.3.4"), 30334), TcpTransport.ToEndPoint(Multiaddr.Parse("/ip4/1.2.3.4/tcp/30334/ws")));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("1.2.3.4"), 443), TcpTransport.ToEndPoint(Multiaddr.Parse("/ip4/1.2.3.4/tcp/443/wss")));
        var error = Assert.Throws<ArgumentException>(() => _listener.Listen(Multiaddr.Parse("/ip4/127.0.0.1/tcp/0/wss")));
        Assert.Contains("TLS-terminating proxy", error.Message);
    }

    [Fact]
    public void TheAcceptKeyMatchesTheRfc6455Example()
    {
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketTransport.AcceptKey("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    private static X509Certificate2 SelfSignedCertificate(string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    /// <summary>A TLS-terminating proxy for one connection, as nodes put in front of /ws; reports the SNI the client sent.</summary>
    private static async Task TerminateTlsAsync(TcpListener proxy, X509Certificate2 certificate, int wsPort, TaskCompletionSource<string>? serverName = null)
    {
        using TcpClient accepted = await proxy.AcceptTcpClientAsync();
        await using var tls = new SslStream(accepted.GetStream());
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificateSelectionCallback = (_, name) =>
                {
                    serverName?.TrySetResult(name ?? "");
                    return certificate;
                },
            });
        }
        catch (AuthenticationException)
        {
            return; // the client refused our certificate
        }
        using var backend = new TcpClient();
        await backend.ConnectAsync(IPAddress.Loopback, wsPort);
        NetworkStream plain = backend.GetStream();
        // Relays until either side closes (the hosts are disposed with the test).
        await Task.WhenAny(tls.CopyToAsync(plain), plain.CopyToAsync(tls));
    }

    private async Task<string> SendRawAsync(byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        NetworkStream raw = client.GetStream();
        await raw.WriteAsync(request, Timeout);
        // The listener answers and closes: read to the end.
        var answer = new MemoryStream();
        try
        {
            await raw.CopyToAsync(answer, Timeout);
        }
        catch (IOException)
        {
            // A reset after the answer (unread request bytes) is also a close.
        }
        return Encoding.ASCII.GetString(answer.ToArray());
    }

    private static async Task<(WebSocket Client, WebSocket Server)> ConnectedPairAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        Task connecting = client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        Socket accepted = await listener.AcceptSocketAsync(Timeout);
        await connecting;
        WebSocket clientSocket = WebSocket.CreateFromStream(client.GetStream(), new WebSocketCreationOptions { IsServer = false });
        WebSocket serverSocket = WebSocket.CreateFromStream(new NetworkStream(accepted, ownsSocket: true), new WebSocketCreationOptions { IsServer = true });
        return (clientSocket, serverSocket);
    }

    private static string FullMessage(Exception error)
    {
        var text = new StringBuilder();
        for (Exception? e = error; e is not null; e = e.InnerException) text.Append(e.Message).Append(" | ");
        return text.ToString();
    }
}
