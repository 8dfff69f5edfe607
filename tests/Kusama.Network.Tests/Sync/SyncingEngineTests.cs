using System.Diagnostics;
using Kusama.Blockchain.Blocks;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Protocols;
using Kusama.Network.Sync;

namespace Kusama.Network.Tests.Sync;

public sealed class SyncingEngineTests
{
    private static readonly SyncingEngineOptions FastTicks = new() { TickInterval = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task A_node_syncs_three_hundred_blocks_then_keeps_up_with_announcements()
    {
        var a = new RuntimeChain();
        a.Author(300);
        var b = new RuntimeChain();
        PeerId peerA = NewPeer();
        var network = new FakeSyncNetwork();
        network.Peers[peerA] = request => TreeBlockResponder.Respond(a.Tree, request);
        await using var engine = new SyncingEngine(b.Tree, b.Importer, network, options: FastTicks);
        network.Engine = engine;
        engine.Start();

        engine.PeerConnected(peerA, a.Handshake());
        Assert.True(engine.IsMajorSyncing);
        await WaitFor(() => b.Tree.Best == a.Tree.Best);
        Assert.Equal(300, engine.Status.ImportedBlocks);

        for (int i = 0; i < 3; i++)
        {
            BlockAnnounce announce = a.AuthorOne();
            engine.OnBlockAnnounce(peerA, announce);
            await WaitFor(() => b.Tree.Best.Hash == announce.Header.Hash());
        }
        Assert.Equal(303u, b.Tree.Best.Number);
        Assert.False(engine.IsMajorSyncing);
        Assert.Empty(network.Reports);
    }

    [Fact]
    public async Task A_node_on_a_shorter_fork_reorgs_to_the_longer_chain_of_its_peer()
    {
        var a = new RuntimeChain(firstSlot: 1);
        a.Author(30);
        var b = new RuntimeChain(firstSlot: 1000);
        b.Author(20);
        PeerId peerA = NewPeer();
        var network = new FakeSyncNetwork();
        network.Peers[peerA] = request => TreeBlockResponder.Respond(a.Tree, request);
        await using var engine = new SyncingEngine(b.Tree, b.Importer, network, options: FastTicks);
        network.Engine = engine;
        engine.Start();

        engine.PeerConnected(peerA, a.Handshake());
        await WaitFor(() => b.Tree.Best == a.Tree.Best);

        Assert.Equal(a.Tree.GetHash(1), b.Tree.GetHash(1));
        Assert.Equal(2, b.Tree.Leaves.Count);
        Assert.Empty(network.Reports);
    }

    [Fact]
    public async Task A_peer_sending_invalid_blocks_is_reported_and_sync_completes_from_another_peer()
    {
        var a = new RuntimeChain();
        a.Author(100);
        var b = new RuntimeChain();
        PeerId liar = NewPeer();
        PeerId honest = NewPeer();
        var network = new FakeSyncNetwork();
        var forged = new ForgedChain(a.Tree);
        network.Peers[liar] = forged.Respond;
        network.Peers[honest] = request => TreeBlockResponder.Respond(a.Tree, request);
        await using var engine = new SyncingEngine(b.Tree, b.Importer, network, options: FastTicks);
        network.Engine = engine;
        engine.Start();

        // The liar connects first, so it gets the first range: its blocks are imported (and fail) before the honest ones.
        engine.PeerConnected(liar, forged.Handshake());
        engine.PeerConnected(honest, a.Handshake());
        await WaitFor(() => b.Tree.Best == a.Tree.Best);

        (PeerId reported, var change) = Assert.Single(network.Reports);
        Assert.Equal(liar, reported);
        Assert.Equal(SyncReputation.BadBlock, change);
        Assert.Equal(liar, Assert.Single(network.Disconnected));
        Assert.Equal(1, engine.Status.NumPeers);
    }

    [Fact]
    public async Task A_failing_request_drops_the_peer_and_another_peer_serves_the_blocks()
    {
        var a = new RuntimeChain();
        a.Author(12);
        var b = new RuntimeChain();
        PeerId broken = NewPeer();
        PeerId honest = NewPeer();
        var network = new FakeSyncNetwork();
        network.Peers[broken] = _ => throw new IOException("substream reset");
        network.Peers[honest] = request => TreeBlockResponder.Respond(a.Tree, request);
        await using var engine = new SyncingEngine(b.Tree, b.Importer, network, options: FastTicks);
        network.Engine = engine;
        engine.Start();

        engine.PeerConnected(broken, a.Handshake());
        engine.PeerConnected(honest, a.Handshake());
        await WaitFor(() => b.Tree.Best == a.Tree.Best);

        Assert.Contains(network.Reports, r => r.Peer.Equals(broken) && r.Change == SyncReputation.Refused);
        Assert.DoesNotContain(network.Reports, r => r.Peer.Equals(honest));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "timed out waiting for sync");
            await Task.Delay(10);
        }
    }

    private static PeerId NewPeer()
    {
        using var key = NodeKey.Generate();
        return key.PeerId;
    }
}
