using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

public class DiscoveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition()) await Task.Delay(20, timeout.Token);
    }

    [Fact]
    public async Task ALookupThroughTheBootnodeFindsAPeerOnlyTheBootnodeKnows()
    {
        await using var b = new KadNode();
        await using var c = new KadNode();
        b.Discovery.AddAddresses(c.PeerId, [c.Address]);
        await using var a = new KadNode([b.AddressWithPeerId]);
        var discovered = new List<(PeerId, IReadOnlyList<Multiaddr>)>();
        a.Discovery.PeerDiscovered += (peer, addresses) => { lock (discovered) discovered.Add((peer, addresses)); };

        IReadOnlyList<KademliaPeer> closest = await a.Discovery.LookupAsync(c.PeerId);

        Assert.True(a.Discovery.TryGetAddresses(c.PeerId, out IReadOnlyList<Multiaddr>? addresses));
        Assert.Equal([c.Address], addresses);
        Assert.Contains(discovered, d => d.Item1 == c.PeerId && d.Item2.SequenceEqual([c.Address]));
        // C was dialled and queried too, so both B and C answered.
        Assert.Equal([c.PeerId, b.PeerId], closest.Select(p => p.PeerId).OrderBy(p => p == c.PeerId ? 0 : 1));
        Assert.Equal(2, a.Discovery.KnownPeers);
    }

    [Fact]
    public async Task TheRandomWalkDiscoversPeersLearnedThroughIdentify()
    {
        await using var b = new KadNode();
        await using var c = new KadNode();
        // C connects to B; B learns C's listen address from identify because C speaks our kad protocol.
        await c.Host.DialAsync(b.AddressWithPeerId);
        await WaitUntilAsync(() => b.Discovery.TryGetAddresses(c.PeerId, out _));
        await using var a = new KadNode([b.AddressWithPeerId]);
        var found = new TaskCompletionSource<IReadOnlyList<Multiaddr>>(TaskCreationOptions.RunContinuationsAsynchronously);
        a.Discovery.PeerDiscovered += (peer, addresses) => { if (peer == c.PeerId) found.TrySetResult(addresses); };

        a.Discovery.Start();

        IReadOnlyList<Multiaddr> addresses = await found.Task.WaitAsync(Patience);
        Assert.Equal([c.Address], addresses);
        Assert.True(b.Discovery.TryGetAddresses(c.PeerId, out IReadOnlyList<Multiaddr>? atB));
        Assert.Equal([c.Address], atB);
    }

    [Fact]
    public async Task AnUnreachableBootnodeIsAskedAgainOnTheNextLookup()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        ushort port = (ushort)((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        NodeKey bootnodeKey = NodeKey.Generate();
        Multiaddr bootnode = Multiaddr.Parse($"/ip4/127.0.0.1/tcp/{port}/p2p/{bootnodeKey.PeerId}");
        await using var a = new KadNode([bootnode]);

        IReadOnlyList<KademliaPeer> first = await a.Discovery.LookupAsync(a.PeerId);
        Assert.Empty(first);

        await using var b = new KadNode(key: bootnodeKey, port: port);
        IReadOnlyList<KademliaPeer> second = await a.Discovery.LookupAsync(a.PeerId);

        Assert.Equal([b.PeerId], second.Select(p => p.PeerId));
        Assert.True(a.Discovery.TryGetAddresses(b.PeerId, out IReadOnlyList<Multiaddr>? addresses));
        Assert.Equal([b.Address], addresses);
    }

    [Fact]
    public async Task APeerIsMarkedDisconnectedWhenItsLastConnectionCloses()
    {
        await using var b = new KadNode();
        await using var a = new KadNode([b.AddressWithPeerId]);
        Libp2pConnection connection = await a.Host.DialAsync(b.AddressWithPeerId);
        KademliaKey key = KademliaKey.FromPeerId(b.PeerId);
        Assert.Equal(KademliaConnectionType.Connected, Assert.Single(a.Discovery.Table.ClosestPeers(key)).Connection);

        await connection.DisposeAsync();

        await WaitUntilAsync(() => a.Discovery.Table.ClosestPeers(key)[0].Connection == KademliaConnectionType.NotConnected);
        Assert.Equal(1, a.Discovery.KnownPeers);
    }

    [Fact]
    public async Task LoopbackAndPrivateAddressesAreDroppedUnlessAllowed()
    {
        using NodeKey key = NodeKey.Generate();
        await using var host = new Libp2pHost(key);
        await using var discovery = new Discovery(host, KadNode.ProtocolNames, new DiscoveryOptions());
        using NodeKey other = NodeKey.Generate();

        discovery.AddAddresses(other.PeerId,
        [
            Multiaddr.Parse("/ip4/127.0.0.1/tcp/1"), Multiaddr.Parse("/ip4/192.168.1.2/tcp/1"), Multiaddr.Parse("/ip4/10.0.0.1/tcp/1"),
            Multiaddr.Parse("/ip4/0.0.0.0/tcp/1"), Multiaddr.Parse("/ip6/fe80::1/tcp/1"), Multiaddr.Parse("/ip4/8.8.8.8/tcp/30333"),
            Multiaddr.Parse("/dns4/example.com/tcp/30333"),
        ]);

        Assert.True(discovery.TryGetAddresses(other.PeerId, out IReadOnlyList<Multiaddr>? addresses));
        Assert.Equal([Multiaddr.Parse("/ip4/8.8.8.8/tcp/30333"), Multiaddr.Parse("/dns4/example.com/tcp/30333")], addresses);
        await using var permissive = new KadNode();
        Assert.True(permissive.Discovery.IsUsable(Multiaddr.Parse("/ip4/127.0.0.1/tcp/1")));
        Assert.False(permissive.Discovery.IsUsable(Multiaddr.Parse("/ip4/0.0.0.0/tcp/1")));
    }

    [Fact]
    public async Task NoWalkRunsWhileWeHaveEnoughConnectedPeers()
    {
        await using var b = new KadNode();
        using NodeKey key = NodeKey.Generate();
        await using var host = new Libp2pHost(key);
        int asked = 0;
        await using var discovery = new Discovery(host, KadNode.ProtocolNames, new DiscoveryOptions
        {
            Bootnodes = [b.AddressWithPeerId],
            AllowPrivateAddresses = true,
            ConnectedPeers = () => { Interlocked.Increment(ref asked); return 5; },
            DiscoveryOnlyIfUnderNum = 5,
        });

        discovery.Start();
        await WaitUntilAsync(() => Volatile.Read(ref asked) > 0);

        Assert.Empty(host.Connections);
    }

    [Fact]
    public async Task APendingNewcomerMakesDiscoveryDialTheDisconnectedEntryWhichThenKeepsItsPlace()
    {
        await using var a = new KadNode();
        KademliaKey localKey = KademliaKey.FromPeerId(a.PeerId);
        bool InTopBucket(PeerId peer) => KademliaKey.FromPeerId(peer).DistanceTo(localKey).BucketIndex == 255;
        NodeKey bKey = NodeKey.Generate();
        while (!InTopBucket(bKey.PeerId))
        {
            bKey.Dispose();
            bKey = NodeKey.Generate();
        }
        await using var b = new KadNode(key: bKey);
        var others = new List<PeerId>();
        while (others.Count < KBucketsTable.K)
        {
            using NodeKey key = NodeKey.Generate();
            if (InTopBucket(key.PeerId)) others.Add(key.PeerId);
        }
        Multiaddr unreachable = Multiaddr.Parse("/ip4/127.0.0.1/tcp/1");
        Assert.True(a.Discovery.Table.AddOrUpdate(b.PeerId, [b.Address], isConnected: false));
        for (int i = 0; i < KBucketsTable.K - 1; i++) Assert.True(a.Discovery.Table.AddOrUpdate(others[i], [unreachable], isConnected: true));
        PeerId newcomer = others[KBucketsTable.K - 1];

        Assert.False(a.Discovery.Table.AddOrUpdate(newcomer, [unreachable], isConnected: true));

        await WaitUntilAsync(() => !a.Discovery.Table.IsPending(newcomer));
        Assert.Contains(a.Host.Connections, c => c.RemotePeerId == b.PeerId);
        Assert.True(a.Discovery.Table.Contains(b.PeerId));
        Assert.False(a.Discovery.Table.Contains(newcomer));
    }

    [Fact]
    public async Task ABootnodeWithoutAPeerIdIsRefused()
    {
        using NodeKey key = NodeKey.Generate();
        await using var host = new Libp2pHost(key);

        Assert.Throws<ArgumentException>(() => new Discovery(host, KadNode.ProtocolNames,
            new DiscoveryOptions { Bootnodes = [Multiaddr.Parse("/ip4/127.0.0.1/tcp/30333")] }));
    }
}
