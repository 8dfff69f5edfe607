using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Protocols;
using Kusama.Network.Service;
using Kusama.Blockchain.Execution;

namespace Kusama.Network.Tests.Service;

public sealed class NetworkServiceTests
{
    [Fact]
    public async Task Peers_connect_through_a_bootnode_and_report_each_other()
    {
        await using NetworkTestNode a = NetworkTestNode.Start();
        await using NetworkTestNode b = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });

        await NetworkTestNode.WaitUntil(() => a.Network.PeerCount == 1 && b.Network.PeerCount == 1, "both see one peer");

        PeerInfo seenByB = Assert.Single(b.Network.Peers);
        Assert.Equal(a.Network.LocalPeerId, seenByB.PeerId);
        Assert.Equal(Roles.Full, seenByB.Roles);
        Assert.Equal(a.Tree.Genesis, seenByB.BestHash);
        Assert.Equal(b.Network.LocalPeerId, Assert.Single(a.Network.Peers).PeerId);
    }

    [Fact]
    public async Task A_block_announcement_reaches_the_peer_and_becomes_its_best()
    {
        await using NetworkTestNode a = NetworkTestNode.Start();
        await using NetworkTestNode b = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });
        var received = new TaskCompletionSource<(PeerId, BlockAnnounce)>(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Network.BlockAnnounceReceived += (peer, announce) => received.TrySetResult((peer, announce));
        await NetworkTestNode.WaitUntil(() => a.Network.PeerCount == 1 && b.Network.PeerCount == 1, "connected");

        var header = new Header(a.Tree.Genesis, 1, Hash256.Zero, Hash256.Zero, []);
        a.Network.AnnounceBlock(header.Hash(), header, isBest: true);

        (PeerId from, BlockAnnounce announce) = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(a.Network.LocalPeerId, from);
        Assert.Equal(header, announce.Header);
        Assert.Equal(BlockState.Best, announce.State);
        PeerInfo peer = Assert.Single(b.Network.Peers);
        Assert.Equal(header.Hash(), peer.BestHash);
        Assert.Equal(1u, peer.BestNumber);
    }

    [Fact]
    public async Task A_peer_of_another_chain_is_banned_and_never_becomes_a_sync_peer()
    {
        await using NetworkTestNode a = NetworkTestNode.Start();
        await using NetworkTestNode other = NetworkTestNode.StartOtherChain();
        other.Network.AddKnownAddress(a.Network.LocalPeerId, a.Address);

        await NetworkTestNode.WaitUntil(() => a.Network.PeerStore.IsBanned(other.Network.LocalPeerId)
            || other.Network.PeerStore.IsBanned(a.Network.LocalPeerId), "the genesis mismatch is punished");

        Assert.Equal(0, a.Network.PeerCount);
        Assert.Equal(0, other.Network.PeerCount);
    }

    [Fact]
    public async Task A_garbage_handshake_costs_the_sender_its_connection_and_the_node_keeps_serving()
    {
        await using NetworkTestNode a = NetworkTestNode.Start();
        using NodeKey hostileKey = NodeKey.Generate();
        await using var hostile = new Libp2pHost(hostileKey);
        Libp2pConnection connection = await hostile.DialAsync(a.Address);
        NegotiatedSubstream substream = await connection.OpenStreamAsync(a.Network.BlockAnnouncesProtocol.Name);
        await LengthPrefixed.WriteAsync(substream.Stream, new byte[200]); // not a 69-byte handshake of this chain

        // Refused: the substream ends without our handshake, and the sender is banned and disconnected.
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            if (await LengthPrefixed.ReadAsync(substream.Stream, 1024) is null) throw new EndOfStreamException();
        });
        await NetworkTestNode.WaitUntil(() => connection.IsClosed, "the hostile connection is closed");
        Assert.True(a.Network.PeerStore.IsBanned(hostileKey.PeerId));

        await using NetworkTestNode b = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });
        await NetworkTestNode.WaitUntil(() => a.Network.PeerCount == 1 && b.Network.PeerCount == 1, "a good peer still connects");
    }

    [Fact]
    public async Task An_oversized_announcement_disconnects_the_sender()
    {
        await using NetworkTestNode a = NetworkTestNode.Start();
        using NodeKey hostileKey = NodeKey.Generate();
        await using var hostile = new Libp2pHost(hostileKey);
        Libp2pConnection connection = await hostile.DialAsync(a.Address);
        NegotiatedSubstream substream = await connection.OpenStreamAsync(a.Network.BlockAnnouncesProtocol.Name);
        var handshake = new BlockAnnouncesHandshake(Roles.Full, 0, a.Tree.Genesis, a.Tree.Genesis);
        await LengthPrefixed.WriteAsync(substream.Stream, handshake.Encode());
        byte[]? reply = await LengthPrefixed.ReadAsync(substream.Stream, 1024);
        Assert.Equal(BlockAnnouncesHandshake.EncodedSize, reply!.Length);

        // A length prefix announcing 2 MiB: over the 1 MiB limit, refused before anything is read.
        await substream.Stream.WriteAsync(UnsignedVarint.Encode(2 * 1024 * 1024));
        await NetworkTestNode.WaitUntil(() => connection.IsClosed, "the sender is disconnected");
        Assert.True(a.Network.PeerStore.Reputation(hostileKey.PeerId) < 0);
    }

    [Fact]
    public async Task A_transaction_submitted_on_one_node_reaches_the_other_nodes_pool()
    {
        await using NetworkTestNode a = NetworkTestNode.Start();
        await using NetworkTestNode b = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });
        await NetworkTestNode.WaitUntil(() => a.Network.PeerCount == 1 && b.Network.PeerCount == 1, "connected");
        await NetworkTestNode.WaitUntil(() => b.Network.Peers.Count == 1 && a.Network.Peers.Count == 1, "open");
        await Task.Delay(200); // the transactions substreams open right after block announces

        byte[] transfer = BenchmarkChain.Transfer(NetworkTestNode.Accounts[0], NetworkTestNode.Accounts[1], 0, b.Tree.Genesis);
        Hash256 hash = b.Pool.Submit(TransactionSource.External, transfer).OkValue;

        await NetworkTestNode.WaitUntil(() => a.Pool.Contains(hash), "the transaction is gossiped", timeoutMs: 10_000);
        Assert.Equal(1, a.Pool.Status.Ready);
    }

    [Fact]
    public async Task Inbound_peers_beyond_the_slots_are_refused()
    {
        await using NetworkTestNode a = NetworkTestNode.Start(new NetworkConfiguration { InPeers = 1, OutPeers = 0 });
        await using NetworkTestNode b = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });
        await NetworkTestNode.WaitUntil(() => a.Network.PeerCount == 1, "the first peer takes the slot");
        await using NetworkTestNode c = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });

        await Task.Delay(1500);

        Assert.Equal(b.Network.LocalPeerId, Assert.Single(a.Network.Peers).PeerId);
        // C may still find B through Kademlia, but never holds a slot at A.
        Assert.DoesNotContain(c.Network.Peers, p => p.PeerId == a.Network.LocalPeerId);
    }

    [Fact]
    public async Task Light_clients_take_light_slots_and_are_never_sync_peers()
    {
        await using NetworkTestNode a = NetworkTestNode.Start(new NetworkConfiguration { InPeers = 0, InPeersLight = 1, OutPeers = 0 });
        var light = new NetworkConfiguration { Roles = Roles.Light, Bootnodes = [a.Address] };
        await using NetworkTestNode first = NetworkTestNode.Start(light);
        await NetworkTestNode.WaitUntil(() => a.Network.PeerCount == 1, "the light client takes the light slot although no full slot is free");
        await using NetworkTestNode second = NetworkTestNode.Start(light);
        await using NetworkTestNode full = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });

        await Task.Delay(1500);

        PeerInfo peer = Assert.Single(a.Network.Peers);
        Assert.Equal((first.Network.LocalPeerId, Roles.Light), (peer.PeerId, peer.Roles));
        Assert.Equal(0, a.Network.Sync!.Status.NumPeers);
        Assert.DoesNotContain(second.Network.Peers, p => p.PeerId == a.Network.LocalPeerId);
        Assert.DoesNotContain(full.Network.Peers, p => p.PeerId == a.Network.LocalPeerId);
    }

    [Fact]
    public async Task Reserved_only_accepts_reserved_peers_alone()
    {
        await using NetworkTestNode b = NetworkTestNode.Start();
        await using NetworkTestNode a = NetworkTestNode.Start(new NetworkConfiguration { ReservedOnly = true, ReservedNodes = [b.Address] });
        await using NetworkTestNode c = NetworkTestNode.Start(new NetworkConfiguration { Bootnodes = [a.Address] });

        await NetworkTestNode.WaitUntil(() => a.Network.PeerCount == 1, "the reserved peer connects");
        await Task.Delay(1500);

        Assert.Equal(b.Network.LocalPeerId, Assert.Single(a.Network.Peers).PeerId);
        Assert.DoesNotContain(c.Network.Peers, p => p.PeerId == a.Network.LocalPeerId);
    }

    [Fact]
    public async Task Wildcard_listen_addresses_are_reported_per_interface_with_their_transport_and_peer_id()
    {
        await using NetworkTestNode a = NetworkTestNode.Start(new NetworkConfiguration
        {
            ListenAddresses = [Multiaddr.Parse("/ip4/0.0.0.0/tcp/0"), Multiaddr.Parse("/ip4/0.0.0.0/tcp/0/ws")],
        });

        IReadOnlyList<string> addresses = [.. a.Network.ListenAddresses.Select(static m => m.ToString())];

        string p2p = "/p2p/" + a.Network.LocalPeerId;
        Assert.Contains(addresses, m => m.StartsWith("/ip4/127.0.0.1/tcp/", StringComparison.Ordinal) && m.EndsWith("/ws" + p2p, StringComparison.Ordinal));
        Assert.Contains(addresses, m => m.StartsWith("/ip4/127.0.0.1/tcp/", StringComparison.Ordinal) && !m.Contains("/ws", StringComparison.Ordinal) && m.EndsWith(p2p, StringComparison.Ordinal));
        Assert.DoesNotContain(addresses, m => m.Contains("0.0.0.0", StringComparison.Ordinal));
    }
}
