using Kusama.Core;
using Kusama.Db;
using Kusama.Db.Memory;
using Kusama.Trie;
using Kusama.Trie.Proofs;

namespace Kusama.State.Tests;

public class StateDbTests
{
    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void Commit_block_roots_equal_the_one_pass_root_of_the_full_key_set(StateVersion version)
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Default, version);
        var random = new Random(1);
        var model = new StateModel();
        Hash256 head = chain.Genesis(model.RandomChanges(random, 200));
        for (int i = 0; i < 20; i++)
        {
            head = chain.Commit(head, 0, chain.Blocks[head].Model.RandomChanges(random, 60));
            Assert.Equal(chain.Blocks[head].Model.Root(version), chain.Blocks[head].Root);
        }
    }

    [Fact]
    public void Genesis_root_of_an_empty_change_set_is_the_empty_trie_root()
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, null);
        Hash256 genesis = chain.Genesis(StateChanges.Empty);
        Assert.Equal(TrieRoot.Empty, chain.Blocks[genesis].Root);
        using StateView view = chain.Db.GetState(genesis);
        Assert.Null(view.NextKey([]));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(StateDb.DefaultNodeCacheBytes)]
    public void Both_forks_are_readable_until_finality_then_the_loser_is_gone_and_the_winner_intact(long nodeCacheBytes)
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Constrained(1), nodeCacheBytes: nodeCacheBytes);
        var random = new Random(2);
        Hash256 genesis = chain.Genesis(new StateModel().RandomChanges(random, 300));
        Hash256 a = chain.Commit(genesis, 0, chain.Blocks[genesis].Model.RandomChanges(random, 50));
        Hash256 b = chain.Commit(a, 1, chain.Blocks[a].Model.RandomChanges(random, 50));
        Hash256 c = chain.Commit(a, 2, chain.Blocks[a].Model.RandomChanges(random, 50));
        Hash256 cChild = chain.Commit(c, 2, chain.Blocks[c].Model.RandomChanges(random, 50));
        Hash256 bChild = chain.Commit(b, 1, chain.Blocks[b].Model.RandomChanges(random, 50));
        Assert.NotEqual(chain.Blocks[b].Root, chain.Blocks[c].Root);
        foreach (Hash256 block in new[] { genesis, a, b, c, bChild, cChild }) chain.AssertState(block);

        chain.Finalize(c);

        foreach (Hash256 lost in new[] { b, bChild })
        {
            var error = Assert.Throws<StateDiscardedException>(() => chain.Db.GetState(lost));
            Assert.Equal($"State already discarded for {lost}", error.Message);
        }
        chain.AssertState(c);
        chain.AssertState(cChild);
        Assert.True(chain.Db.GetState(c).IsFlat);
        AssertNodesAreExactly(store, chain, [c, cChild]);
    }

    [Fact]
    public void With_a_window_of_256_state_300_blocks_back_is_discarded_and_the_window_is_readable()
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Parse("256"));
        var random = new Random(3);
        Hash256 head = chain.Genesis(new StateModel().RandomChanges(random, 100, children: false));
        var hashes = new List<Hash256> { head };
        for (int i = 0; i < 310; i++)
        {
            head = chain.Commit(head, 0, chain.Blocks[head].Model.RandomChanges(random, 5, children: false));
            chain.Finalize(head);
            hashes.Add(head);
        }

        Hash256 old = hashes[310 - 300];
        var error = Assert.Throws<StateDiscardedException>(() => chain.Db.GetState(old));
        Assert.Equal($"State already discarded for {old}", error.Message);
        Assert.Throws<StateDiscardedException>(() => chain.Db.OpenAt(chain.Blocks[hashes[0]].Root));
        Assert.False(chain.Db.HasState(hashes[310 - 256]));
        chain.AssertState(hashes[310 - 255]);
        chain.AssertState(hashes[200]);
        chain.AssertState(head);
        AssertNodesAreExactly(store, chain, hashes.GetRange(310 - 255, 256));
    }

    [Theory]
    [InlineData("archive")]
    [InlineData("archive-canonical")]
    public void Archive_modes_keep_every_canonical_state_readable(string mode)
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Parse(mode));
        var random = new Random(4);
        Hash256 head = chain.Genesis(new StateModel().RandomChanges(random, 100));
        var hashes = new List<Hash256> { head };
        Hash256 fork = chain.Commit(head, 9, chain.Blocks[head].Model.RandomChanges(random, 10));
        for (int i = 0; i < 300; i++)
        {
            head = chain.Commit(head, 0, chain.Blocks[head].Model.RandomChanges(random, 3));
            chain.Finalize(head);
            hashes.Add(head);
        }
        chain.AssertState(hashes[0]);
        chain.AssertState(hashes[1]);
        chain.AssertState(hashes[150]);
        chain.AssertState(head);
        if (mode == "archive") chain.AssertState(fork);
        else Assert.Throws<StateDiscardedException>(() => chain.Db.GetState(fork));
    }

    [Fact]
    public void The_flat_snapshot_reads_exactly_what_the_trie_holds_after_random_changes()
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Constrained(8));
        var random = new Random(5);
        Hash256 head = chain.Genesis(new StateModel().RandomChanges(random, 300));
        for (int round = 0; round < 30; round++)
        {
            Hash256 next = chain.Commit(head, 0, chain.Blocks[head].Model.RandomChanges(random, 40));
            chain.Commit(head, 7, chain.Blocks[head].Model.RandomChanges(random, 40));
            chain.Finalize(next);
            head = next;

            using StateView flat = chain.Db.GetState(head);
            Assert.True(flat.IsFlat);
            var trie = new Kusama.Trie.Trie(flat.Nodes, flat.StateRoot);
            var trieEntries = new List<KeyValuePair<byte[], byte[]>>();
            TrieIterator iterator = trie.Iterate();
            while (iterator.MoveNext()) trieEntries.Add(new(iterator.Key.ToArray(), iterator.Value.ToArray()));
            var flatEntries = flat.Iterate([]).ToList();
            Assert.Equal(trieEntries.Select(e => Convert.ToHexString(e.Key) + "=" + Convert.ToHexString(e.Value)), flatEntries.Select(e => Convert.ToHexString(e.Key) + "=" + Convert.ToHexString(e.Value)));
            for (int probe = 0; probe < 20; probe++)
            {
                byte[] key = StateModel.Key(random.Next(500));
                Assert.Equal(trie.Get(key), flat.Get(key));
                Assert.Equal(trie.NextKey(key), flat.NextKey(key));
            }
            foreach (var child in chain.Blocks[head].Model.Children)
            {
                var childTrie = new Kusama.Trie.Trie(flat.Nodes, flat.ChildRoot(child.Key));
                foreach (var entry in child.Value) Assert.Equal(childTrie.Get(entry.Key), flat.GetChild(child.Key, entry.Key));
                byte[] first = child.Value.Keys.First();
                Assert.Equal(childTrie.NextKey(first), flat.NextChildKey(child.Key, first));
            }
            TestChain.AssertView(flat, chain.Blocks[head].Model, StateVersion.V1);
        }
    }

    [Fact]
    public void A_finalization_batch_that_is_dropped_changes_nothing_and_can_be_redone()
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Constrained(4));
        var random = new Random(10);
        Hash256 genesis = chain.Genesis(new StateModel().RandomChanges(random, 200, children: false));
        Hash256 first = chain.Commit(genesis, 0, chain.Blocks[genesis].Model.RandomChanges(random, 80, children: false));
        chain.Finalize(first);
        chain.AssertState(first); // fills the finalized-state value cache
        Hash256 second = chain.Commit(first, 0, chain.Blocks[first].Model.RandomChanges(random, 80, children: false));

        chain.Db.Finalize(second).Dispose();

        Assert.Equal(first, chain.Db.Finalized!.Value.Hash);
        using (StateView view = chain.Db.GetState(first))
        {
            Assert.True(view.IsFlat);
            TestChain.AssertView(view, chain.Blocks[first].Model, StateVersion.V1);
        }
        chain.Finalize(second);
        using (StateView view = chain.Db.GetState(second))
        {
            Assert.True(view.IsFlat);
            TestChain.AssertView(view, chain.Blocks[second].Model, StateVersion.V1);
            // Keys the second block deleted must not come back from values cached for the first.
            foreach (byte[] key in chain.Blocks[first].Model.Top.Keys)
                Assert.Equal(chain.Blocks[second].Model.Top.GetValueOrDefault(key), view.Get(key));
        }
    }

    [Fact]
    public void Read_proofs_from_a_view_prove_the_values_against_its_root()
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, null);
        var random = new Random(6);
        Hash256 genesis = chain.Genesis(new StateModel().RandomChanges(random, 300));
        Hash256 block = chain.Commit(genesis, 0, chain.Blocks[genesis].Model.RandomChanges(random, 30));
        byte[][] keys = [StateModel.Key(1), StateModel.Key(2), StateModel.Key(3), [9, 9, 9]];
        foreach (Hash256 hash in new[] { genesis, block })
        {
            using StateView view = chain.Db.GetState(hash);
            StorageProof proof = view.ReadProof(keys);
            byte[]?[] proven = TrieProof.Read(view.StateRoot, proof, keys);
            for (int i = 0; i < keys.Length; i++) Assert.Equal(chain.Blocks[hash].Model.Top.GetValueOrDefault(keys[i]), proven[i]);
        }
    }

    [Fact]
    public void Committing_on_a_dropped_fork_or_below_finality_is_refused()
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Constrained(2));
        var random = new Random(7);
        Hash256 genesis = chain.Genesis(new StateModel().RandomChanges(random, 50));
        Hash256 winner = chain.Commit(genesis, 0, chain.Blocks[genesis].Model.RandomChanges(random, 5));
        Hash256 loser = chain.Commit(genesis, 1, chain.Blocks[genesis].Model.RandomChanges(random, 5));
        chain.Finalize(winner);
        var error = Assert.Throws<StateDiscardedException>(() => chain.Commit(loser, 1, StateChanges.Empty));
        Assert.Equal($"State already discarded for {loser}", error.Message);
        Assert.Throws<InvalidOperationException>(() => chain.Commit(genesis, 5, StateChanges.Empty));
        Assert.Throws<InvalidOperationException>(() => chain.Db.Finalize(StateModel.BlockHash(99, 0)));
        Assert.Throws<InvalidOperationException>(() => chain.Db.Finalize(loser));
    }

    [Fact]
    public void Reopening_with_another_pruning_mode_is_refused()
    {
        using var store = new MemoryKeyValueStore();
        _ = new StateDb(store, PruningMode.Constrained(10));
        Assert.Equal(PruningMode.Constrained(10), new StateDb(store).Mode);
        var error = Assert.Throws<InvalidOperationException>(() => new StateDb(store, PruningMode.ArchiveAll));
        Assert.Contains("--state-pruning 10", error.Message);
    }

    [Theory]
    [InlineData("archive", PruningKind.ArchiveAll, 0u)]
    [InlineData("archive-canonical", PruningKind.ArchiveCanonical, 0u)]
    [InlineData("256", PruningKind.Constrained, 256u)]
    [InlineData("1", PruningKind.Constrained, 1u)]
    public void State_pruning_values_parse_as_the_flag_does(string text, PruningKind kind, uint blocks)
    {
        PruningMode mode = PruningMode.Parse(text);
        Assert.Equal(kind, mode.Kind);
        Assert.Equal(blocks, mode.Blocks);
        Assert.Equal(text, mode.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("archival")]
    public void Invalid_state_pruning_values_are_rejected(string text)
    {
        Assert.False(PruningMode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PruningMode.Parse(text));
    }

    [Fact]
    public void No_node_leaks_and_no_count_goes_negative_after_forks_finality_and_pruning()
    {
        using var store = new MemoryKeyValueStore();
        var chain = new TestChain(store, PruningMode.Constrained(3));
        var random = new Random(8);
        Hash256 head = chain.Genesis(new StateModel().RandomChanges(random, 200));
        var canonical = new List<Hash256> { head };
        for (int i = 0; i < 40; i++)
        {
            Hash256 next = chain.Commit(head, 0, chain.Blocks[head].Model.RandomChanges(random, 30));
            Hash256 side = chain.Commit(head, 1, chain.Blocks[head].Model.RandomChanges(random, 30));
            // Reverting a key to an older value re-creates nodes an earlier state had: shared hashes across blocks.
            chain.Commit(side, 2, StateChanges.FromTop(chain.Blocks[head].Model.Top.Take(5).Select(e => new KeyValuePair<byte[], byte[]?>(e.Key, e.Value))));
            if (i % 3 == 2)
            {
                chain.Finalize(next);
            }
            head = next;
            canonical.Add(head);
        }
        chain.Finalize(head);
        AssertNodesAreExactly(store, chain, canonical.TakeLast(3));
        // With nothing left unfinalized, every stored node is held by a count, and every count has its node.
        var nodes = new StateNodeStore(store);
        using IKeyValueIterator all = store.Iterate(DbColumn.StateNodes);
        while (all.MoveNext())
        {
            if (StateNodeStore.IsCountKey(all.Key)) Assert.True(nodes.Contains(new Hash256(all.Key[..32])));
            else Assert.True(nodes.ReferenceCount(new Hash256(all.Key)) > 0);
        }
    }

    /// <summary>The node column holds exactly the nodes fresh builds of <paramref name="kept"/> states need: nothing leaked, nothing missing.</summary>
    private static void AssertNodesAreExactly(IKeyValueStore store, TestChain chain, IEnumerable<Hash256> kept)
    {
        var expected = new HashSet<Hash256>();
        foreach (Hash256 hash in kept) chain.Blocks[hash].Model.CollectNodes(chain.Version, expected);
        var actual = new HashSet<Hash256>();
        using IKeyValueIterator iterator = store.Iterate(DbColumn.StateNodes);
        while (iterator.MoveNext())
        {
            if (!StateNodeStore.IsCountKey(iterator.Key)) actual.Add(new Hash256(iterator.Key));
        }
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(expected.SetEquals(actual));
    }
}
