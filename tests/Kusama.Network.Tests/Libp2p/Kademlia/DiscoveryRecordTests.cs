using Kusama.Network.Libp2p.Kademlia;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

public class DiscoveryRecordTests
{
    [Fact]
    public async Task PutValueStoresAtTheOtherHostsAndGetValueFindsItFromAHostThatKnowsOnlyOne()
    {
        await using var b = new KadNode();
        await using var c = new KadNode();
        await using var d = new KadNode();
        b.Discovery.AddAddresses(c.PeerId, [c.Address]);
        b.Discovery.AddAddresses(d.PeerId, [d.Address]);
        await using var a = new KadNode([b.AddressWithPeerId]);
        var record = new KademliaRecord("authority-key"u8.ToArray(), "addresses"u8.ToArray());

        int acknowledged = await a.Discovery.PutValueAsync(record);

        Assert.Equal(3, acknowledged);
        foreach (KadNode node in new[] { b, c, d })
        {
            Assert.True(node.Discovery.Store.TryGet(record.Key, out KademliaRecord? stored));
            Assert.Equal(record.Value, stored.Value);
            Assert.Equal(a.PeerId, stored.Publisher);
        }
        await using var e = new KadNode([d.AddressWithPeerId]);
        KademliaRecord? found = await e.Discovery.GetValueAsync(record.Key);
        Assert.NotNull(found);
        Assert.Equal(record.Value, found.Value);
        Assert.Equal(0, e.Discovery.Store.Count);
    }

    [Fact]
    public async Task GetValueOfAKeyNobodyHoldsIsNullAfterAskingTheClosestPeers()
    {
        await using var b = new KadNode();
        await using var a = new KadNode([b.AddressWithPeerId]);

        KademliaRecord? found = await a.Discovery.GetValueAsync([1, 2, 3]);

        Assert.Null(found);
        Assert.True(a.Discovery.Table.Contains(b.PeerId));
    }

    [Fact]
    public async Task AValueTooLargeForOneMessageIsRefusedBeforeAnythingIsSent()
    {
        await using var a = new KadNode();

        await Assert.ThrowsAsync<ArgumentException>(() => a.Discovery.PutValueAsync(new KademliaRecord([1], new byte[KademliaMessage.MaxMessageSize])));
        Assert.Equal(0, a.Discovery.Store.Count);
    }
}
