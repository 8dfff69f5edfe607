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

    private static List<PeerId> PeersOfTopBucket(PeerId local, int count)
    {
        KademliaKey localKey = KademliaKey.FromPeerId(local);
        // Bucket 255 holds half the key space, so random peers land there quickly.
        var peers = new List<PeerId>();
        while (peers.Count < count)
        {
            PeerId peer = RandomPeer();
            if (KademliaKey.FromPeerId(peer).DistanceTo(localKey).BucketIndex == 255) peers.Add(peer);
        }
        return peers;
    }

    [Fact]
    public void AConnectedNewcomerWaitsAsPendingAndReplacesTheLeastRecentlyConnectedEntryIfItIsStillDisconnected()
    {
        PeerId local = RandomPeer();
        var clock = new ManualTimeProvider();
        var table = new KBucketsTable(local, clock);
        List<PeerId> peers = PeersOfTopBucket(local, KBucketsTable.K + 1);
        for (int i = 0; i < KBucketsTable.K; i++) Assert.True(table.AddOrUpdate(peers[i], [SomeAddress], isConnected: true));
        table.SetConnected(peers[3], false);
        PeerId newcomer = peers[KBucketsTable.K];
        var probes = new List<(PeerId Pending, PeerId Disconnected)>();
        table.PendingEntryAdded += (pending, disconnected) => probes.Add((pending, disconnected));

        Assert.False(table.AddOrUpdate(newcomer, [SomeAddress], isConnected: true));
        Assert.True(table.IsPending(newcomer));
        Assert.Equal([(newcomer, peers[3])], probes);
        clock.Advance(KBucketsTable.PendingTimeout - TimeSpan.FromSeconds(1));
        Assert.True(table.Contains(peers[3]));
        Assert.False(table.Contains(newcomer));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(table.Contains(newcomer));
        Assert.False(table.Contains(peers[3]));
        Assert.False(table.IsPending(newcomer));
        Assert.Equal(KBucketsTable.K, table.Count);
    }

    [Fact]
    public void APendingNewcomerIsDroppedWhenTheEntryItWaitsForReconnects()
    {
        PeerId local = RandomPeer();
        var clock = new ManualTimeProvider();
        var table = new KBucketsTable(local, clock);
        List<PeerId> peers = PeersOfTopBucket(local, KBucketsTable.K + 1);
        for (int i = 0; i < KBucketsTable.K; i++) table.AddOrUpdate(peers[i], [SomeAddress], isConnected: true);
        table.SetConnected(peers[3], false);
        PeerId newcomer = peers[KBucketsTable.K];
        table.AddOrUpdate(newcomer, [SomeAddress], isConnected: true);

        table.SetConnected(peers[3], true);
        clock.Advance(KBucketsTable.PendingTimeout);

        Assert.True(table.Contains(peers[3]));
        Assert.False(table.Contains(newcomer));
        Assert.False(table.IsPending(newcomer));
    }

    [Fact]
    public void AFullBucketOfConnectedEntriesRefusesNewcomersAndAFullBucketRefusesDisconnectedOnes()
    {
        PeerId local = RandomPeer();
        var clock = new ManualTimeProvider();
        var table = new KBucketsTable(local, clock);
        List<PeerId> peers = PeersOfTopBucket(local, KBucketsTable.K + 2);
        for (int i = 0; i < KBucketsTable.K; i++) table.AddOrUpdate(peers[i], [SomeAddress], isConnected: true);

        Assert.False(table.AddOrUpdate(peers[KBucketsTable.K], [SomeAddress], isConnected: true));
        Assert.False(table.IsPending(peers[KBucketsTable.K]));
        table.SetConnected(peers[0], false);
        Assert.False(table.AddOrUpdate(peers[KBucketsTable.K + 1], [SomeAddress], isConnected: false));
        Assert.False(table.IsPending(peers[KBucketsTable.K + 1]));

        clock.Advance(KBucketsTable.PendingTimeout);
        Assert.True(table.Contains(peers[0]));
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
