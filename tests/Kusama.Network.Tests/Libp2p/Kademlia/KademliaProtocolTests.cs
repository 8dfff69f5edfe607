using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

public class KademliaProtocolTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async Task<KademliaMessage> RoundTripAsync(Stream stream, KademliaMessage request)
    {
        await KademliaProtocol.WriteFrameAsync(stream, request, CancellationToken.None);
        byte[]? body = await KademliaProtocol.ReadFrameAsync(stream, endAllowed: false, CancellationToken.None).AsTask().WaitAsync(Patience);
        return KademliaMessage.Decode(body!);
    }

    [Fact]
    public async Task TheHandlerAnswersTwoRequestsOnOneSubstreamAndNeverReturnsTheRequester()
    {
        await using var server = new KadNode();
        await using var client = new KadNode();
        using NodeKey known = NodeKey.Generate();
        Multiaddr knownAddress = Multiaddr.Parse("/ip4/10.1.2.3/tcp/30333");
        server.Discovery.AddAddresses(known.PeerId, [knownAddress]);
        server.Discovery.AddAddresses(client.PeerId, [client.Address]);
        Libp2pConnection connection = await client.Host.DialAsync(server.AddressWithPeerId);

        await using NegotiatedSubstream substream = await connection.OpenStreamAsync(KadNode.ProtocolNames);
        KademliaMessage first = await RoundTripAsync(substream.Stream,
            new KademliaMessage { Type = KademliaMessageType.FindNode, Key = known.PeerId.Bytes.ToArray() });
        KademliaMessage second = await RoundTripAsync(substream.Stream, new KademliaMessage { Type = KademliaMessageType.Ping });

        Assert.Equal(KademliaMessageType.FindNode, first.Type);
        KademliaPeer peer = Assert.Single(first.CloserPeers);
        Assert.Equal(known.PeerId, peer.PeerId);
        Assert.Equal([knownAddress], peer.Addresses);
        Assert.Equal(KademliaMessageType.Ping, second.Type);
        Assert.Empty(second.CloserPeers);
        Assert.Equal(KadNode.ProtocolNames[0], substream.Protocol);
    }

    [Fact]
    public async Task GetValueIsAnsweredWithCloserPeersOnly()
    {
        await using var server = new KadNode();
        await using var client = new KadNode();
        using NodeKey known = NodeKey.Generate();
        server.Discovery.AddAddresses(known.PeerId, [Multiaddr.Parse("/ip4/10.1.2.3/tcp/30333")]);
        Libp2pConnection connection = await client.Host.DialAsync(server.AddressWithPeerId);

        await using NegotiatedSubstream substream = await connection.OpenStreamAsync(KadNode.ProtocolNames);
        KademliaMessage response = await RoundTripAsync(substream.Stream, new KademliaMessage { Type = KademliaMessageType.GetValue, Key = [1, 2, 3] });

        Assert.Equal(KademliaMessageType.GetValue, response.Type);
        Assert.Empty(response.Key);
        Assert.Null(response.Record);
        Assert.Equal(known.PeerId, Assert.Single(response.CloserPeers).PeerId);
    }

    [Fact]
    public async Task AMalformedRequestResetsOnlyThatSubstreamAndTheHostKeepsServing()
    {
        await using var server = new KadNode();
        await using var client = new KadNode();
        using NodeKey known = NodeKey.Generate();
        server.Discovery.AddAddresses(known.PeerId, [Multiaddr.Parse("/ip4/10.1.2.3/tcp/30333")]);
        Libp2pConnection connection = await client.Host.DialAsync(server.AddressWithPeerId);

        await using (NegotiatedSubstream bad = await connection.OpenStreamAsync(KadNode.ProtocolNames))
        {
            // A length prefix of 2 followed by an unknown message type 9.
            await bad.Stream.WriteAsync(new byte[] { 0x02, 0x08, 0x09 });
            byte[] sink = new byte[16];
            await Assert.ThrowsAnyAsync<IOException>(async () =>
            {
                while (await bad.Stream.ReadAsync(sink).AsTask().WaitAsync(Patience) > 0) { }
            });
            Assert.True(((YamuxStream)bad.Stream).IsReset);
        }

        IReadOnlyList<KademliaPeer> peers = await client.Discovery.Protocol.FindNodeAsync(connection, known.PeerId.Bytes.ToArray());
        Assert.Equal(known.PeerId, Assert.Single(peers).PeerId);
        Assert.False(connection.IsClosed);
    }

    [Fact]
    public async Task AnAnswerWithLongAddressesIsTrimmedToTheClosestPeersThatFit()
    {
        await using var server = new KadNode();
        await using var client = new KadNode();
        string longName = new('a', 200);
        var keys = new List<NodeKey>();
        for (int i = 0; i < KBucketsTable.K; i++)
        {
            NodeKey key = NodeKey.Generate();
            keys.Add(key);
            var addresses = new List<Multiaddr>();
            for (int port = 1; port <= KBucketsTable.MaxAddressesPerPeer; port++) addresses.Add(Multiaddr.Parse($"/dns4/{longName}.example/tcp/{port}"));
            server.Discovery.AddAddresses(key.PeerId, addresses);
        }
        Libp2pConnection connection = await client.Host.DialAsync(server.AddressWithPeerId);

        IReadOnlyList<KademliaPeer> peers = await client.Discovery.Protocol.FindNodeAsync(connection, client.PeerId.Bytes.ToArray());

        // Each peer takes about 2.2 KB here, so 16 KiB holds 7 of them, and they are the closest ones.
        Assert.InRange(peers.Count, 1, KBucketsTable.K - 1);
        IReadOnlyList<KademliaPeer> expected = server.Discovery.Table.ClosestPeers(KademliaKey.FromPeerId(client.PeerId), peers.Count, excluded: client.PeerId);
        Assert.Equal(expected.Select(p => p.PeerId), peers.Select(p => p.PeerId));
        foreach (NodeKey key in keys) key.Dispose();
    }

    [Fact]
    public async Task ALengthPrefixOverTheLimitIsRefusedBeforeReadingTheBody()
    {
        var stream = new MemoryStream(UnsignedVarint.Encode(KademliaMessage.MaxMessageSize + 1));

        await Assert.ThrowsAsync<Kusama.Network.Protocols.ProtocolDecodeException>(async () =>
            await KademliaProtocol.ReadFrameAsync(stream, endAllowed: true, CancellationToken.None));
    }

    [Fact]
    public async Task FindNodeAgainstAPeerWithoutKadIsAProtocolError()
    {
        await using var pair = new Transport.HostPair();
        await using var client = new KadNode();
        Libp2pConnection connection = await client.Host.DialAsync(pair.AddressWithPeerId);

        await Assert.ThrowsAsync<Libp2pProtocolException>(() => client.Discovery.Protocol.FindNodeAsync(connection, [1]));
    }
}
