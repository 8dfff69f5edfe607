using System.Numerics;
using System.Security.Cryptography;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

public class KBucketsTableTests
{
    private static readonly Multiaddr SomeAddress = Multiaddr.Parse("/ip4/10.0.0.1/tcp/30333");

    private static PeerId RandomPeer()
    {
        byte[] multihash = new byte[34];
        multihash[1] = 32;
        RandomNumberGenerator.Fill(multihash.AsSpan(2));
        return PeerId.FromBytes(multihash);
    }

    private static BigInteger Distance(PeerId a, PeerId b)
    {
        byte[] ha = SHA256.HashData(a.Bytes), hb = SHA256.HashData(b.Bytes);
        byte[] x = new byte[32];
        for (int i = 0; i < 32; i++) x[i] = (byte)(ha[i] ^ hb[i]);
        return new BigInteger(x, isUnsigned: true, isBigEndian: true);
    }

    [Fact]
    public void TheKeyOfAPeerIsTheSha256OfItsMultihash()
    {
        PeerId peer = RandomPeer();

        Assert.Equal(SHA256.HashData(peer.Bytes), KademliaKey.FromPeerId(peer).ToArray());
    }

    [Fact]
    public void TheBucketIndexIsTheHighestSetBitOfTheDistance()
    {
        PeerId a = RandomPeer(), b = RandomPeer();
        BigInteger expected = Distance(a, b);

        KademliaDistance distance = KademliaKey.FromPeerId(a).DistanceTo(KademliaKey.FromPeerId(b));

        Assert.Equal((int)expected.GetBitLength() - 1, distance.BucketIndex);
        Assert.Equal(-1, KademliaKey.FromPeerId(a).DistanceTo(KademliaKey.FromPeerId(a)).BucketIndex);
    }

    [Fact]
    public void ClosestPeersComeClosestFirstByXorOfTheirHashes()
    {
        PeerId local = RandomPeer(), target = RandomPeer();
        var table = new KBucketsTable(local);
        var peers = new List<PeerId>();
        // Random peers mostly land in the top buckets, so some inserts are refused once those fill; track what got in.
        for (int i = 0; i < 200; i++)
        {
            PeerId peer = RandomPeer();
            if (table.AddOrUpdate(peer, [SomeAddress], isConnected: true)) peers.Add(peer);
        }

        IReadOnlyList<KademliaPeer> closest = table.ClosestPeers(KademliaKey.FromPeerId(target), 20);

        PeerId[] expected = [.. peers.OrderBy(p => Distance(p, target)).Take(20)];
        Assert.Equal(expected, closest.Select(p => p.PeerId));
    }

    [Fact]
    public void OurOwnIdIsNeverStoredAndTheExcludedPeerIsNeverReturned()
    {
        PeerId local = RandomPeer(), requester = RandomPeer(), other = RandomPeer();
        var table = new KBucketsTable(local);

        Assert.False(table.AddOrUpdate(local, [SomeAddress], isConnected: false));
        table.AddOrUpdate(requester, [SomeAddress], isConnected: false);
        table.AddOrUpdate(other, [SomeAddress], isConnected: false);

        IReadOnlyList<KademliaPeer> closest = table.ClosestPeers(KademliaKey.FromPeerId(requester), 20, excluded: requester);
        Assert.Equal([other], closest.Select(p => p.PeerId));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void AFullBucketKeepsConnectedEntriesButReplacesADisconnectedOne()
    {
        PeerId local = RandomPeer();
        var table = new KBucketsTable(local);
        KademliaKey localKey = KademliaKey.FromPeerId(local);
        // Bucket 255 holds half the key space; fill it with K connected peers and find one more for it.
        var inTopBucket = new List<PeerId>();
        while (inTopBucket.Count < KBucketsTable.K + 1)
        {
            PeerId peer = RandomPeer();
            if (KademliaKey.FromPeerId(peer).DistanceTo(localKey).BucketIndex == 255) inTopBucket.Add(peer);
        }
        for (int i = 0; i < KBucketsTable.K; i++) Assert.True(table.AddOrUpdate(inTopBucket[i], [SomeAddress], isConnected: true));
        PeerId newcomer = inTopBucket[KBucketsTable.K];

        Assert.False(table.AddOrUpdate(newcomer, [SomeAddress], isConnected: false));

        table.SetConnected(inTopBucket[3], false);
        Assert.True(table.AddOrUpdate(newcomer, [SomeAddress], isConnected: false));
        Assert.False(table.Contains(inTopBucket[3]));
        Assert.True(table.Contains(inTopBucket[4]));
        Assert.Equal(KBucketsTable.K, table.Count);
    }

    [Fact]
    public void AddressesAreMergedWithoutPeerIdAndCapped()
    {
        PeerId local = RandomPeer(), peer = RandomPeer();
        var table = new KBucketsTable(local);
        table.AddOrUpdate(peer, [SomeAddress.With(MultiaddrComponent.P2p(peer))], isConnected: false);
        Assert.True(table.TryGetAddresses(peer, out IReadOnlyList<Multiaddr>? first));
        Assert.Equal([SomeAddress], first);
        for (ushort port = 1; port <= KBucketsTable.MaxAddressesPerPeer; port++)
            table.AddOrUpdate(peer, [Multiaddr.Parse($"/ip4/10.0.0.2/tcp/{port}")], isConnected: false);

        Assert.True(table.TryGetAddresses(peer, out IReadOnlyList<Multiaddr>? addresses));
        Assert.Equal(KBucketsTable.MaxAddressesPerPeer, addresses.Count);
        Assert.DoesNotContain(SomeAddress, addresses);
        Assert.Equal(Multiaddr.Parse($"/ip4/10.0.0.2/tcp/{KBucketsTable.MaxAddressesPerPeer}"), addresses[^1]);
    }

    [Fact]
    public void APeerWithoutAddressesIsNotInserted()
    {
        var table = new KBucketsTable(RandomPeer());

        Assert.False(table.AddOrUpdate(RandomPeer(), [], isConnected: true));
        Assert.Equal(0, table.Count);
    }
}
