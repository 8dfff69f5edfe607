using System.Net;
using System.Net.Sockets;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.MultistreamSelect;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Tests.Libp2p.Transport;

public class Libp2pHostTests
{
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;

    [Fact]
    public async Task DialAndUpgradeLearnThePeerIdsBothWays()
    {
        await using var pair = new HostPair();
        Libp2pConnection outbound = await pair.Dialer.DialAsync(pair.AddressWithPeerId, Timeout);
        Libp2pConnection inbound = await pair.InboundConnection;

        Assert.Equal(pair.Listener.LocalPeerId, outbound.RemotePeerId);
        Assert.Equal(pair.Dialer.LocalPeerId, inbound.RemotePeerId);
        Assert.True(outbound.IsDialer);
        Assert.False(inbound.IsDialer);
        Assert.Equal(pair.Address, outbound.RemoteAddress);
        Assert.Equal(MultiaddrProtocol.Ip4, inbound.RemoteAddress!.Components[0].Protocol);
    }

    [Fact]
    public async Task DialWithoutPeerIdAcceptsWhoeverAnswers()
    {
        await using var pair = new HostPair();
        Libp2pConnection outbound = await pair.Dialer.DialAsync(pair.Address, Timeout);
        Assert.Equal(pair.Listener.LocalPeerId, outbound.RemotePeerId);
    }

    [Fact]
    public async Task ListeningOnIpv6LoopbackWorks()
    {
        if (!Socket.OSSupportsIPv6) return;
        await using var pair = new HostPair();
        Multiaddr address;
        try
        {
            address = pair.Listener.Listen(new Multiaddr(MultiaddrComponent.Ip(IPAddress.IPv6Loopback), MultiaddrComponent.Tcp(0)));
        }
        catch (SocketException)
        {
            return; // no IPv6 on this machine's loopback
        }
        Libp2pConnection outbound = await pair.Dialer.DialAsync(address, Timeout);
        Assert.Equal(MultiaddrProtocol.Ip6, address.Components[0].Protocol);
        Assert.Equal(pair.Listener.LocalPeerId, outbound.RemotePeerId);
    }

    [Fact]
    public async Task DialingWithTheWrongPeerIdFailsCleanly()
    {
        await using var pair = new HostPair();
        using NodeKey other = NodeKey.Generate();
        Multiaddr wrong = pair.Address.With(MultiaddrComponent.P2p(other.PeerId));

        var error = await Assert.ThrowsAsync<Libp2pProtocolException>(() => pair.Dialer.DialAsync(wrong, Timeout));
        Assert.Contains(other.PeerId.ToString(), error.Message);
        Assert.Empty(pair.Dialer.Connections);

        // The listener is unharmed: a correct dial still works.
        Libp2pConnection good = await pair.Dialer.DialAsync(pair.AddressWithPeerId, Timeout);
        Assert.Equal(pair.Listener.LocalPeerId, good.RemotePeerId);
    }

    [Fact]
    public async Task AGarbagePeerIsDroppedAndTheListenerKeepsAccepting()
    {
        await using var pair = new HostPair();
        var failed = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        pair.Listener.InboundConnectionFailed += e => failed.TrySetResult(e);

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, pair.Address.Components[1].PortNumber!.Value);
            NetworkStream raw = client.GetStream();
            // 'G' reads as a 71-byte message, which is not the multistream header.
            await raw.WriteAsync(System.Text.Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n" + new string('x', 100) + "\r\n\r\n"));
            Exception error = await failed.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.IsType<Libp2pProtocolException>(error);
            Assert.IsType<MultistreamSelectException>(error.InnerException);
            // The listener closed its side: after its own header, reading ends.
            byte[] buffer = new byte[256];
            int total = 0, read;
            while ((read = await raw.ReadAsync(buffer, Timeout)) > 0) total += read;
            Assert.True(total < buffer.Length);
        }

        Libp2pConnection good = await pair.Dialer.DialAsync(pair.AddressWithPeerId, Timeout);
        Assert.Equal(pair.Listener.LocalPeerId, good.RemotePeerId);
    }

    [Fact]
    public async Task ASilentPeerIsDroppedWhenTheUpgradeTimesOut()
    {
        await using var pair = new HostPair(new Libp2pHostOptions { UpgradeTimeout = TimeSpan.FromMilliseconds(300) });
        var failed = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        pair.Listener.InboundConnectionFailed += e => failed.TrySetResult(e);

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, pair.Address.Components[1].PortNumber!.Value);

        Exception error = await failed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsType<Libp2pProtocolException>(error);
        Assert.Contains("timed out", error.Message);
        Assert.Empty(pair.Listener.Connections);
    }

    [Fact]
    public async Task DialingOurOwnAddressFailsTheHandshake()
    {
        await using var pair = new HostPair();
        var error = await Assert.ThrowsAsync<Libp2pProtocolException>(() => pair.Listener.DialAsync(pair.Address, Timeout));
        Assert.Contains("self-dial", error.Message);
    }

    [Fact]
    public async Task RegisteredProtocolsAreServedAndOthersRefused()
    {
        await using var pair = new HostPair();
        pair.Listener.Handlers.Register("/test/echo/1", async (_, substream, ct) =>
        {
            byte[] buffer = new byte[5];
            await substream.Stream.ReadExactlyAsync(buffer, ct);
            await substream.Stream.WriteAsync(buffer, ct);
            await substream.CloseWriteAsync(ct);
        });
        Libp2pConnection connection = await pair.Dialer.DialAsync(pair.AddressWithPeerId, Timeout);

        await using (NegotiatedSubstream echo = await connection.OpenStreamAsync(["/test/missing/1", "/test/echo/1"], Timeout))
        {
            Assert.Equal("/test/echo/1", echo.Protocol);
            await echo.Stream.WriteAsync("hello"u8.ToArray(), Timeout);
            byte[] reply = new byte[5];
            await echo.Stream.ReadExactlyAsync(reply, Timeout);
            Assert.Equal("hello"u8.ToArray(), reply);
        }

        var error = await Assert.ThrowsAsync<Libp2pProtocolException>(async () => await connection.OpenStreamAsync("/test/missing/1", Timeout));
        Assert.Contains("/test/missing/1", error.Message);
        Assert.False(connection.IsClosed);
    }

    [Fact]
    public async Task DisposingAConnectionEndsItOnBothSides()
    {
        await using var pair = new HostPair();
        Libp2pConnection outbound = await pair.Dialer.DialAsync(pair.AddressWithPeerId, Timeout);
        Libp2pConnection inbound = await pair.InboundConnection;

        await outbound.DisposeAsync();
        await inbound.Completion.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { });
        Assert.True(inbound.IsClosed);
    }

    [Fact]
    public void NonTcpAddressesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => TcpTransport.ToEndPoint(Multiaddr.Parse("/ip4/127.0.0.1/udp/1")));
        Assert.IsType<DnsEndPoint>(TcpTransport.ToEndPoint(Multiaddr.Parse("/dns/example.com/tcp/30333")));
    }
}
