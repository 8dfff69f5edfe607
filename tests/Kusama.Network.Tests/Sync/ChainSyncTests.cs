using Kusama.Network.Tests.RequestResponses;
using Kusama.Blockchain.Import;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Protocols;
using Kusama.Network.Sync;

namespace Kusama.Network.Tests.Sync;

public sealed class ChainSyncTests
{
    private static readonly PeerId PeerA = NewPeer();
    private static readonly PeerId PeerB = NewPeer();

    [Fact]
    public void Ancestry_search_finds_the_fork_point_and_the_fork_is_downloaded_to_it()
    {
        var ours = new ServedChain();
        ours.Extend(ours.Tree.Genesis, 40);
        var theirs = new ServedChain();
        theirs.CopyFrom(ours, 17);
        Hash256 theirBest = theirs.Extend(theirs.Tree.GetHash(17)!.Value, 43, salt: 1)[^1];

        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, theirBest, 60);
        Assert.Equal(PeerSyncState.AncestorSearch, sync.PeerState(PeerA));

        var probes = new List<uint>();
        while (sync.PeerState(PeerA) == PeerSyncState.AncestorSearch)
        {
            (PeerId peer, BlockRequest request) = Assert.Single(sync.NextRequests());
            Assert.Equal(PeerA, peer);
            Assert.Equal(BlockDirection.Ascending, request.Direction);
            Assert.Equal(1u, request.MaxBlocks);
            probes.Add(request.FromNumber!.Value);
            sync.OnBlockResponse(peer, request, TreeBlockResponder.Respond(theirs.Tree, request));
        }

        Assert.Equal(40u, probes[0]);
        Assert.True(probes.Count <= 12, $"{probes.Count} probes");
        Assert.Equal(17u, sync.PeerCommonNumber(PeerA));

        (_, BlockRequest fork) = Assert.Single(sync.NextRequests());
        Assert.Equal(theirBest, fork.FromHash);
        Assert.Equal(BlockDirection.Descending, fork.Direction);
        Assert.Equal(43u, fork.MaxBlocks);
        sync.OnBlockResponse(PeerA, fork, TreeBlockResponder.Respond(theirs.Tree, fork));

        List<IncomingBlock> ready = sync.TakeReadyBlocks();
        Assert.Equal(43, ready.Count);
        Assert.Equal(18u, ready[0].Number);
        Assert.Equal(ours.Tree.GetHash(17), ready[0].Header.ParentHash);
        Assert.Equal(theirBest, ready[^1].Hash);
        Assert.Empty(sync.TakeReports());
    }

    [Fact]
    public void Ranges_of_sixty_four_blocks_are_split_across_two_peers_and_imported_in_order()
    {
        var ours = new ServedChain();
        var theirs = new ServedChain();
        Hash256 best = theirs.Extend(theirs.Tree.Genesis, 200)[^1];
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, best, 200);
        sync.AddPeer(PeerB, best, 200);

        List<(PeerId Peer, BlockRequest Request)> requests = sync.NextRequests();
        Assert.Equal(2, requests.Count);
        Assert.NotEqual(requests[0].Peer, requests[1].Peer);
        Assert.All(requests, r => Assert.Equal(BlockDirection.Descending, r.Request.Direction));
        Assert.All(requests, r => Assert.Equal(64u, r.Request.MaxBlocks));
        Assert.All(requests, r => Assert.Equal(BlockAttributes.Header | BlockAttributes.Body | BlockAttributes.Justification, r.Request.Fields));
        Assert.Equal(new uint[] { 64, 128 }, requests.Select(r => r.Request.FromNumber!.Value).Order());

        (PeerId highPeer, BlockRequest high) = requests.Single(r => r.Request.FromNumber == 128);
        (PeerId lowPeer, BlockRequest low) = requests.Single(r => r.Request.FromNumber == 64);
        sync.OnBlockResponse(highPeer, high, TreeBlockResponder.Respond(theirs.Tree, high));
        Assert.Empty(sync.TakeReadyBlocks());
        sync.OnBlockResponse(lowPeer, low, TreeBlockResponder.Respond(theirs.Tree, low));

        List<IncomingBlock> ready = sync.TakeReadyBlocks();
        Assert.Equal(Enumerable.Range(1, 128).Select(n => (uint)n), ready.Select(b => b.Number));
        Assert.Equal(128u, sync.BestQueued.Number);

        // The rest: the next two ranges, the last one from the peer's best hash.
        requests = sync.NextRequests();
        Assert.Equal(2, requests.Count);
        Assert.Contains(requests, r => r.Request.FromNumber == 192);
        Assert.Contains(requests, r => r.Request.FromHash == best && r.Request.MaxBlocks == 8);
    }

    [Fact]
    public void A_bad_response_is_penalised_and_its_range_requested_from_another_peer()
    {
        var ours = new ServedChain();
        var theirs = new ServedChain();
        Hash256 best = theirs.Extend(theirs.Tree.Genesis, 100)[^1];
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, best, 100);
        sync.AddPeer(PeerB, best, 100);
        List<(PeerId Peer, BlockRequest Request)> requests = sync.NextRequests();
        (PeerId badPeer, BlockRequest badRequest) = requests.Single(r => r.Request.FromNumber == 64);
        (PeerId goodPeer, BlockRequest goodRequest) = requests.Single(r => r.Peer != badPeer);

        // Blocks that do not chain: the answer to the wrong request.
        sync.OnBlockResponse(badPeer, badRequest, TreeBlockResponder.Respond(theirs.Tree, badRequest with { FromNumber = 90 }));
        PeerReport report = Assert.Single(sync.TakeReports());
        Assert.Equal(badPeer, report.Peer);
        Assert.Equal(SyncReputation.NotRequested, report.Change);
        Assert.True(report.Disconnect);
        Assert.Null(sync.PeerState(badPeer));

        sync.OnBlockResponse(goodPeer, goodRequest, TreeBlockResponder.Respond(theirs.Tree, goodRequest));
        (PeerId peer, BlockRequest retry) = Assert.Single(sync.NextRequests());
        Assert.Equal(goodPeer, peer);
        Assert.Equal(64u, retry.FromNumber);
        sync.OnBlockResponse(peer, retry, TreeBlockResponder.Respond(theirs.Tree, retry));
        Assert.Equal(100, sync.TakeReadyBlocks().Count);
    }

    [Fact]
    public void A_response_with_more_blocks_than_asked_or_a_forged_hash_costs_reputation()
    {
        var ours = new ServedChain();
        var theirs = new ServedChain();
        Hash256 best = theirs.Extend(theirs.Tree.Genesis, 10)[^1];
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, best, 10);
        sync.AddPeer(PeerB, best, 10);
        (PeerId first, BlockRequest request) = Assert.Single(sync.NextRequests());
        BlockResponse tooMany = TreeBlockResponder.Respond(theirs.Tree, request with { MaxBlocks = 11, FromHash = null, FromNumber = 10 });
        sync.OnBlockResponse(first, request, new BlockResponse([.. tooMany.Blocks, tooMany.Blocks[^1]]));
        Assert.Equal(SyncReputation.NotRequested, Assert.Single(sync.TakeReports()).Change);

        (PeerId second, BlockRequest again) = Assert.Single(sync.NextRequests());
        Assert.NotEqual(first, second);
        BlockResponse good = TreeBlockResponder.Respond(theirs.Tree, again);
        BlockData forged = good.Blocks[0] with { Hash = new Hash256(Enumerable.Repeat((byte)7, 32).ToArray()) };
        sync.OnBlockResponse(second, again, new BlockResponse([forged, .. good.Blocks.Skip(1)]));
        Assert.Equal(second, Assert.Single(sync.TakeReports()).Peer);
        Assert.Equal(0, sync.PeerCount);
    }

    [Fact]
    public void An_announced_child_of_our_best_block_is_fetched_with_one_request()
    {
        var ours = new ServedChain();
        Hash256 ourBest = ours.Extend(ours.Tree.Genesis, 10)[^1];
        var theirs = new ServedChain();
        theirs.CopyFrom(ours, 10);
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, ourBest, 10);
        Assert.Empty(sync.NextRequests());

        Hash256 child = theirs.Add(ourBest, salt: 3);
        sync.OnBlockAnnounce(PeerA, new BlockAnnounce(theirs.Tree.GetHeader(child)!, BlockState.Best, []));
        (PeerId peer, BlockRequest request) = Assert.Single(sync.NextRequests());
        Assert.Equal(child, request.FromHash);
        Assert.Equal(1u, request.MaxBlocks);
        Assert.Equal(BlockDirection.Descending, request.Direction);
        Assert.Empty(sync.NextRequests());

        sync.OnBlockResponse(peer, request, TreeBlockResponder.Respond(theirs.Tree, request));
        Assert.Equal(child, Assert.Single(sync.TakeReadyBlocks()).Hash);
        Assert.Empty(sync.NextRequests());
    }

    [Fact]
    public void Outside_major_sync_an_announced_block_is_fetched_from_each_peer_that_has_it()
    {
        var ours = new ServedChain();
        Hash256 ourBest = ours.Extend(ours.Tree.Genesis, 10)[^1];
        var theirs = new ServedChain();
        theirs.CopyFrom(ours, 10);
        Hash256 child = theirs.Add(ourBest, salt: 3);
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, ourBest, 10);
        sync.AddPeer(PeerB, ourBest, 10);

        var announce = new BlockAnnounce(theirs.Tree.GetHeader(child)!, BlockState.Best, []);
        sync.OnBlockAnnounce(PeerA, announce);
        sync.OnBlockAnnounce(PeerB, announce);
        List<(PeerId Peer, BlockRequest Request)> requests = sync.NextRequests();

        // Not a major sync: the one-block range goes to both peers (Substrate's max_parallel_downloads), so a slow one does not delay it.
        Assert.Equal([PeerA, PeerB], requests.Select(r => r.Peer).OrderBy(p => p == PeerB));
        Assert.All(requests, r => Assert.Equal((child, 1u), (r.Request.FromHash!.Value, r.Request.MaxBlocks)));
        BlockRequest fromA = requests.Single(r => r.Peer == PeerA).Request, fromB = requests.Single(r => r.Peer == PeerB).Request;
        sync.OnBlockResponse(PeerB, fromB, TreeBlockResponder.Respond(theirs.Tree, fromB));
        Assert.Equal(child, Assert.Single(sync.TakeReadyBlocks()).Hash);
        sync.OnBlockResponse(PeerA, fromA, TreeBlockResponder.Respond(theirs.Tree, fromA));
        Assert.Empty(sync.TakeReadyBlocks());
        Assert.Empty(sync.TakeReports());
    }

    [Fact]
    public void An_announced_block_we_already_have_asks_for_nothing()
    {
        var ours = new ServedChain();
        Hash256 ourBest = ours.Extend(ours.Tree.Genesis, 5)[^1];
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, ours.Tree.GetHash(3)!.Value, 3);
        sync.OnBlockAnnounce(PeerA, new BlockAnnounce(ours.Tree.GetHeader(ourBest)!, BlockState.Best, []));
        Assert.Empty(sync.NextRequests());
        Assert.Equal(5u, sync.PeerCommonNumber(PeerA));
    }

    [Fact]
    public void An_announced_fork_with_an_unknown_parent_is_downloaded_back_to_our_chain()
    {
        var ours = new ServedChain();
        ours.Extend(ours.Tree.Genesis, 20);
        var theirs = new ServedChain();
        theirs.CopyFrom(ours, 20);
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, ours.Tree.Best.Hash, 20);

        Hash256 forkTip = theirs.Extend(theirs.Tree.GetHash(15)!.Value, 8, salt: 9)[^1];
        sync.OnBlockAnnounce(PeerA, new BlockAnnounce(theirs.Tree.GetHeader(forkTip)!, BlockState.Best, []));
        (PeerId peer, BlockRequest request) = Assert.Single(sync.NextRequests());
        // The peer's chain was ours up to #20, so it is treated as extending it: the range proves otherwise.
        sync.OnBlockResponse(peer, request, TreeBlockResponder.Respond(theirs.Tree, request));
        Assert.Empty(sync.TakeReadyBlocks());
        for (int i = 0; i < 20 && sync.PeerState(PeerA) is PeerSyncState.AncestorSearch or PeerSyncState.Available; i++)
        {
            List<(PeerId Peer, BlockRequest Request)> next = sync.NextRequests();
            if (next.Count == 0) break;
            sync.OnBlockResponse(PeerA, next[0].Request, TreeBlockResponder.Respond(theirs.Tree, next[0].Request));
            if (sync.QueuedBlocks > 0) break;
        }
        List<IncomingBlock> ready = sync.TakeReadyBlocks();
        Assert.Equal(8, ready.Count);
        Assert.Equal(16u, ready[0].Number);
        Assert.Equal(forkTip, ready[^1].Hash);
        Assert.Empty(sync.TakeReports());
    }

    [Fact]
    public void A_block_that_fails_import_costs_its_sender_a_bad_block_report_and_restarts_sync()
    {
        var ours = new ServedChain();
        var theirs = new ServedChain();
        Hash256 best = theirs.Extend(theirs.Tree.Genesis, 10)[^1];
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, best, 10);
        sync.AddPeer(PeerB, best, 10);
        (PeerId peer, BlockRequest request) = Assert.Single(sync.NextRequests());
        sync.OnBlockResponse(peer, request, TreeBlockResponder.Respond(theirs.Tree, request));
        List<IncomingBlock> ready = sync.TakeReadyBlocks();
        int generation = sync.Generation;

        sync.OnBlocksProcessed(generation, [new BlockImportOutcome(ready[0], null, new BlockImportException("state root mismatch"))]);

        PeerReport report = Assert.Single(sync.TakeReports());
        Assert.Equal(peer, report.Peer);
        Assert.Equal(SyncReputation.BadBlock, report.Change);
        Assert.True(report.Disconnect);
        Assert.Equal(generation + 1, sync.Generation);
        Assert.Equal(0, sync.QueuedBlocks);
        (PeerId other, BlockRequest again) = Assert.Single(sync.NextRequests());
        Assert.NotEqual(peer, other);
        Assert.Equal(best, again.FromHash);
    }

    [Fact]
    public void Results_of_an_older_generation_do_not_restart_sync_again()
    {
        var ours = new ServedChain();
        var theirs = new ServedChain();
        Hash256 best = theirs.Extend(theirs.Tree.Genesis, 3)[^1];
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, best, 3);
        (PeerId peer, BlockRequest request) = Assert.Single(sync.NextRequests());
        sync.OnBlockResponse(peer, request, TreeBlockResponder.Respond(theirs.Tree, request));
        List<IncomingBlock> ready = sync.TakeReadyBlocks();
        sync.OnBlocksProcessed(sync.Generation, [new BlockImportOutcome(ready[0], ImportResult.UnknownParent, null)]);
        int generation = sync.Generation;
        sync.OnBlocksProcessed(generation - 1, [new BlockImportOutcome(ready[1], ImportResult.UnknownParent, null)]);
        Assert.Equal(generation, sync.Generation);
        Assert.Empty(sync.TakeReports());
    }

    [Fact]
    public void The_same_request_is_not_sent_to_a_peer_a_third_time()
    {
        var ours = new ServedChain();
        var theirs = new ServedChain();
        Hash256 best = theirs.Extend(theirs.Tree.Genesis, 5)[^1];
        var sync = new ChainSync(ours.Tree);
        sync.AddPeer(PeerA, best, 5);
        for (int i = 0; i < 2; i++)
        {
            (PeerId peer, BlockRequest request) = Assert.Single(sync.NextRequests());
            Assert.Equal(best, request.FromHash);
            // An empty answer: the peer no longer has what it announced; it is asked again.
            sync.OnBlockResponse(peer, request, new BlockResponse([]));
        }
        Assert.Empty(sync.NextRequests());
        Assert.All(sync.TakeReports(), r => Assert.Equal(SyncReputation.NoBlock, r.Change));
    }

    [Fact]
    public void A_request_sent_twice_is_not_sent_a_third_time_even_with_others_in_between()
    {
        var peer = new PeerSync(PeerA, Hash256.Zero, 100);
        BlockRequest x = new(BlockAttributes.Header, null, 10, BlockDirection.Descending, 10, true);
        BlockRequest y = x with { FromNumber = 20 };

        Assert.Equal([true, true, true, true, false, false], new[] { x, y, x, y, x, y }.Select(peer.TryRecordRequest));

        // Only the recent requests count: once x has been pushed out by 16 others, it may be sent again.
        for (uint n = 0; n < PeerSync.RecentRequests; n++) Assert.True(peer.TryRecordRequest(x with { FromNumber = 1000 + n }));
        Assert.True(peer.TryRecordRequest(x));
    }

    [Fact]
    public void Sync_is_major_when_the_median_peer_is_more_than_five_blocks_ahead()
    {
        var ours = new ServedChain();
        ours.Extend(ours.Tree.Genesis, 10);
        var sync = new ChainSync(ours.Tree);
        Assert.Equal(SyncState.Idle, sync.Status().State);
        sync.AddPeer(PeerA, Hash256.Zero, 15);
        Assert.False(sync.IsMajorSyncing);
        sync.AddPeer(PeerB, Hash256.Zero, 16);
        SyncStatus status = sync.Status();
        Assert.True(status.IsMajorSyncing);
        Assert.Equal(SyncState.Downloading, status.State);
        Assert.Equal(16u, status.BestSeenBlock);
        Assert.Equal(2, status.NumPeers);
        Assert.Equal(10u, status.StartingBlock);
    }

    private static PeerId NewPeer()
    {
        using var key = NodeKey.Generate();
        return key.PeerId;
    }
}
