using Kusama.Network.Libp2p.Identify;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Ping;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Tests.Libp2p.Transport;

namespace Kusama.Network.Tests.Libp2p.Identify;

public class IdentifyProtocolTests
{
    [Fact]
    public async Task IdentifyListsTheListenersRegisteredProtocolsAndItsKey()
    {
        await using var pair = new HostPair();
        pair.Listener.Handlers.Register("/test/extra/1", (_, _, _) => Task.CompletedTask);
        Libp2pConnection connection = await pair.Dialer.DialAsync(pair.AddressWithPeerId);

        IdentifyMessage remote = await IdentifyProtocol.RequestAsync(connection);

        Assert.Equal(["/ipfs/id/1.0.0", "/ipfs/ping/1.0.0", "/test/extra/1"], remote.Protocols);
        Assert.Equal("/substrate/1.0", remote.ProtocolVersion);
        Assert.Equal("Kusama.NET/0.1.0", remote.AgentVersion);
        Assert.Equal(pair.ListenerKey.PublicKey, remote.PublicKey);
        Assert.Equal([pair.Address], remote.ListenAddrs);
        Assert.Equal(MultiaddrProtocol.Tcp, remote.ObservedAddr!.Components[1].Protocol);
    }

    [Fact]
    public async Task TheInboundSideCanIdentifyTheDialerToo()
    {
        await using var pair = new HostPair();
        await pair.Dialer.DialAsync(pair.AddressWithPeerId);
        Libp2pConnection inbound = await pair.InboundConnection;

        IdentifyMessage remote = await IdentifyProtocol.RequestAsync(inbound);

        Assert.Equal(pair.DialerKey.PublicKey, remote.PublicKey);
        Assert.Contains(PingProtocol.ProtocolId, remote.Protocols);
    }

    [Fact]
    public async Task AForeignPublicKeyInIdentifyIsRejected()
    {
        await using var pair = new HostPair();
        using NodeKey impostor = NodeKey.Generate();
        pair.Listener.Handlers.Register(IdentifyProtocol.ProtocolId, (_, substream, ct) =>
            IdentifyProtocol.RespondAsync(substream, new IdentifyMessage { PublicKey = impostor.PublicKey }, ct));
        Libp2pConnection connection = await pair.Dialer.DialAsync(pair.AddressWithPeerId);

        var error = await Assert.ThrowsAsync<Libp2pProtocolException>(async () => await IdentifyProtocol.RequestAsync(connection));
        Assert.Contains(impostor.PeerId.ToString(), error.Message);
    }

    [Fact]
    public void AMessageRoundTripsThroughItsProtobufEncoding()
    {
        using NodeKey key = NodeKey.Generate();
        var message = new IdentifyMessage
        {
            ProtocolVersion = "/substrate/1.0",
            AgentVersion = "Kusama.NET/0.1.0",
            PublicKey = key.PublicKey,
            ListenAddrs = [Multiaddr.Parse("/ip4/10.0.0.1/tcp/30333"), Multiaddr.Parse("/ip6/::1/tcp/30334")],
            ObservedAddr = Multiaddr.Parse("/ip4/1.2.3.4/tcp/5"),
            Protocols = ["/ipfs/id/1.0.0", "/ipfs/ping/1.0.0"],
        };

        IdentifyMessage decoded = IdentifyMessage.Decode(message.Encode());

        Assert.Equal(message.ProtocolVersion, decoded.ProtocolVersion);
        Assert.Equal(message.AgentVersion, decoded.AgentVersion);
        Assert.Equal(message.PublicKey, decoded.PublicKey);
        Assert.Equal(message.ListenAddrs, decoded.ListenAddrs);
        Assert.Equal(message.ObservedAddr, decoded.ObservedAddr);
        Assert.Equal(message.Protocols, decoded.Protocols);
    }

    [Fact]
    public void TheEncodingUsesTheLibp2pFieldNumbers()
    {
        byte[] encoded = new IdentifyMessage { ProtocolVersion = "a", AgentVersion = "b", Protocols = ["/c"] }.Encode();
        // protocols = 3, protocolVersion = 5, agentVersion = 6, all length-delimited.
        Assert.Equal(Convert.FromHexString("1a022f632a0161320162"), encoded);
    }

    [Fact]
    public void UnknownFieldsAreSkipped()
    {
        // field 8 (signedPeerRecord, bytes), field 9 varint, then agentVersion.
        byte[] data = Convert.FromHexString("4202abcd48963232017a");
        Assert.Equal("z", IdentifyMessage.Decode(data).AgentVersion);
    }

    [Theory]
    [InlineData("3205")]             // agentVersion longer than the message
    [InlineData("30")]               // agentVersion with a varint wire type
    [InlineData("0a03010203")]       // a public key that is not a libp2p PublicKey
    [InlineData("1203ffffff")]       // a listen address that is not a multiaddr
    [InlineData("1a02c328")]         // a protocol that is not UTF-8
    [InlineData("4fffff")]           // wire type 7
    [InlineData("48ffffffffffffffffffff01")] // an 11-byte varint
    public void MalformedMessagesThrowTheProtocolException(string hex)
    {
        Assert.Throws<Libp2pProtocolException>(() => IdentifyMessage.Decode(Convert.FromHexString(hex)));
    }

    [Fact]
    public async Task AnOversizedLengthPrefixIsRefusedBeforeReading()
    {
        using var stream = new MemoryStream(Convert.FromHexString("8140")); // 8193
        var error = await Assert.ThrowsAsync<Libp2pProtocolException>(async () => await IdentifyProtocol.ReadAsync(stream));
        Assert.Contains("4096", error.Message);
    }

    [Fact]
    public async Task ATruncatedMessageThrowsTheProtocolException()
    {
        using var stream = new MemoryStream(Convert.FromHexString("0a3201"));
        await Assert.ThrowsAsync<Libp2pProtocolException>(async () => await IdentifyProtocol.ReadAsync(stream));
    }
}
