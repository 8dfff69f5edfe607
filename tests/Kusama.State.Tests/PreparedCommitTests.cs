using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Trie;

namespace Kusama.State.Tests;

public sealed class PreparedCommitTests
{
    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void The_prepared_root_equals_the_root_computed_from_scratch_on_random_change_sets(StateVersion version)
    {
        var chain = new TestChain(new MemoryKeyValueStore(), PruningMode.ArchiveAll, version);
        var random = new Random(11);
        var genesisModel = new StateModel();
        Hash256 parent = chain.Genesis(genesisModel.RandomChanges(random, 300));
        for (int block = 0; block < 12; block++)
        {
            (_, Hash256 parentRoot, StateModel model) = chain.Blocks[parent];
            StateChanges changes = model.RandomChanges(random, 60);
            PreparedStateCommit prepared = chain.Db.Prepare(parentRoot, changes, version);
            StateModel expected = model.Clone();
            expected.Apply(changes);
            Assert.Equal(expected.Root(version), prepared.StateRoot);
            Assert.Equal(parentRoot, prepared.ParentStateRoot);
            parent = chain.Commit(parent, 0, changes);
            Assert.Equal(prepared.StateRoot, chain.Blocks[parent].Root);
        }
    }

    [Fact]
    public void Committing_a_prepared_change_set_writes_the_same_state_as_committing_the_changes()
    {
        var random = new Random(5);
        var plain = new TestChain(new MemoryKeyValueStore(), PruningMode.ArchiveAll);
        var preparedChain = new TestChain(new MemoryKeyValueStore(), PruningMode.ArchiveAll);
        var model = new StateModel();
        StateChanges genesis = model.RandomChanges(random, 200);
        Hash256 genesisHash = plain.Genesis(genesis);
        preparedChain.Genesis(genesis);
        Hash256 genesisRoot = plain.Blocks[genesisHash].Root;
        StateChanges changes = plain.Blocks[genesisHash].Model.RandomChanges(random, 80);

        Hash256 block = plain.Commit(genesisHash, 0, changes);
        PreparedStateCommit prepared = preparedChain.Db.Prepare(genesisRoot, changes, StateVersion.V1);
        using (StateCommit commit = preparedChain.Db.CommitPrepared(block, genesisHash, 1, prepared))
        {
            Assert.Equal(plain.Blocks[block].Root, commit.StateRoot);
            preparedChain.Store.Write(commit.Batch);
        }
        preparedChain.Blocks[block] = plain.Blocks[block];
        preparedChain.AssertState(block);
    }

    [Fact]
    public void Preparing_on_a_state_that_is_not_stored_is_refused()
    {
        var chain = new TestChain(new MemoryKeyValueStore(), PruningMode.ArchiveAll);
        chain.Genesis(new StateModel().RandomChanges(new Random(1), 10));
        Assert.Throws<StateDiscardedException>(() => chain.Db.Prepare(new Hash256(new byte[32]), StateChanges.Empty, StateVersion.V1));
    }

    [Fact]
    public void The_overlay_shows_its_changes_without_draining_and_counts_its_writes()
    {
        var overlay = new StorageOverlay(EmptyState.Instance);
        overlay.Set([1], [10]);
        overlay.SetChild([9], [2], [20]);
        overlay.Append([3], [7]);
        long version = overlay.Version;
        StateChanges changes = overlay.Changes();
        Assert.Equal(version, overlay.Version);
        Assert.Equal(2, changes.Top.Count);
        Assert.Equal(new byte[] { 4, 7 }, changes.Top[1].Value);
        Assert.Single(changes.Children);
        Assert.Equal(new byte[] { 10 }, overlay.Get([1]));
        overlay.StartTransaction();
        overlay.Delete([1]);
        Assert.Throws<InvalidOperationException>(() => overlay.Changes());
        overlay.RollbackTransaction();
        Assert.NotEqual(version, overlay.Version);
        Assert.Equal(changes.Top.Count, overlay.Drain().Top.Count);
    }
}
