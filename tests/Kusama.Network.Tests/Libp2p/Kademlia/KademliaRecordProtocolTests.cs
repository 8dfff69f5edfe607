using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

public class KademliaRecordProtocolTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition()) await Task.Delay(10, timeout.Token);
        return true;
    }

    [Fact]
    public async Task APutRecordIsEchoedStoredAndServedByGetValueWithItsTtl()
    {
        await using var server = new KadNode();
        await using var client = new KadNode();
        Libp2pConnection connection = await client.Host.DialAsync(server.AddressWithPeerId);
        var record = new KademliaRecord([1, 2, 3], [4, 5, 6], Publisher: client.PeerId, Ttl: 3600);

        await client.Discovery.Protocol.PutValueAsync(connection, record);
        KademliaMessage response = await client.Discovery.Protocol.GetValueAsync(connection, [1, 2, 3]);

        KademliaRecord served = Assert.IsType<KademliaRecord>(response.Record);
        Assert.Equal(record.Value, served.Value);
        Assert.Equal(client.PeerId, served.Publisher);
        // The sender's TTL of an hour caps the 48 h we would keep it for.
        Assert.InRange(served.Ttl, 3590u, 3600u);
        Assert.Equal(1, server.Discovery.Store.Count);
    }

    [Fact]
    public async Task APutWhoseRecordKeyDiffersFromTheMessageKeyResetsOnlyThatSubstream()
    {
        await using var server = new KadNode();
        await using var client = new KadNode();
        Libp2pConnection connection = await client.Host.DialAsync(server.AddressWithPeerId);

        await using (NegotiatedSubstream bad = await connection.OpenStreamAsync(KadNode.ProtocolNames))
        {
            var request = new KademliaMessage { Type = KademliaMessageType.PutValue, Key = [1], Record = new KademliaRecord([2], [3]) };
            await KademliaProtocol.WriteFrameAsync(bad.Stream, request, CancellationToken.None);
            byte[] sink = new byte[16];
            await Assert.ThrowsAnyAsync<IOException>(async () =>
            {
                while (await bad.Stream.ReadAsync(sink).AsTask().WaitAsync(Patience) > 0) { }
            });
            Assert.True(((YamuxStream)bad.Stream).IsReset);
        }

        Assert.Equal(0, server.Discovery.Store.Count);
        await client.Discovery.Protocol.PutValueAsync(connection, new KademliaRecord([2], [3]));
        Assert.Equal(1, server.Discovery.Store.Count);
        Assert.False(connection.IsClosed);
    }

    [Fact]
    public async Task APutTheStoreRefusesIsResetAndTheConnectionStaysUp()
    {
        await using var server = new KadNode();
        await using var client = new KadNode();
        for (int i = 0; i < KademliaRecordStore.MaxRecords; i++) server.Discovery.Store.Put(new KademliaRecord(BitConverter.GetBytes(i), [1]), null);
        Libp2pConnection connection = await client.Host.DialAsync(server.AddressWithPeerId);

        await Assert.ThrowsAsync<Libp2pProtocolException>(() => client.Discovery.Protocol.PutValueAsync(connection, new KademliaRecord([9, 9, 9, 9, 9], [1])));

        Assert.False(server.Discovery.Store.TryGet([9, 9, 9, 9, 9], out _));
        Assert.Null((await client.Discovery.Protocol.GetValueAsync(connection, [9, 9, 9, 9, 9])).Record);
        Assert.False(connection.IsClosed);
    }

    [Fact]
    public async Task ARecordFilterStillAnswersButStoresOnlyApprovedRecords()
    {
        using NodeKey serverKey = NodeKey.Generate();
        await using var server = new Libp2pHost(serverKey);
        Multiaddr address = server.Listen(Multiaddr.Parse("/ip4/127.0.0.1/tcp/0"));
        await using var discovery = new Discovery(server, KadNode.ProtocolNames, new DiscoveryOptions
        {
            AllowPrivateAddresses = true,
            RecordFilter = static (_, record) => record.Value.Length == 1,
        });
        await using var client = new KadNode();
        Libp2pConnection connection = await client.Host.DialAsync(address.With(MultiaddrComponent.P2p(server.LocalPeerId)));

        await client.Discovery.Protocol.PutValueAsync(connection, new KademliaRecord([1], [1, 2]));
        await client.Discovery.Protocol.PutValueAsync(connection, new KademliaRecord([2], [1]));

        Assert.False(discovery.Store.TryGet([1], out _));
        Assert.True(discovery.Store.TryGet([2], out _));
    }

    [Fact]
    public async Task AnAddProviderForAnotherPeerIsIgnoredAndTheSendersOwnIsServedByGetProviders()
    {
        await using var server = new KadNode();
        await using var provider = new KadNode();
        await using var asker = new KadNode();
        using NodeKey other = NodeKey.Generate();
        byte[] key = [0xAB, 0xCD];
        Libp2pConnection fromProvider = await provider.Host.DialAsync(server.AddressWithPeerId);

        await provider.Discovery.Protocol.AddProviderAsync(fromProvider, key, new KademliaPeer(other.PeerId, [Multiaddr.Parse("/ip4/10.9.9.9/tcp/1")]));
        await provider.Discovery.Protocol.AddProviderAsync(fromProvider, key, new KademliaPeer(provider.PeerId, [provider.Address]));
        await WaitUntilAsync(() => server.Discovery.Store.GetProviders(key).Count > 0);
        Libp2pConnection fromAsker = await asker.Host.DialAsync(server.AddressWithPeerId);
        KademliaMessage response = await asker.Discovery.Protocol.GetProvidersAsync(fromAsker, key);

        Assert.Equal(KademliaMessageType.GetProviders, response.Type);
        KademliaPeer served = Assert.Single(response.ProviderPeers);
        Assert.Equal(provider.PeerId, served.PeerId);
        Assert.Equal([provider.Address], served.Addresses);
        Assert.Equal([provider.PeerId], server.Discovery.Store.GetProviders(key).Select(p => p.Provider));
    }
}
