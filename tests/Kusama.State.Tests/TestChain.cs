using Kusama.Core;
using Kusama.Db;
using Kusama.Trie;

namespace Kusama.State.Tests;

/// <summary>Drives a <see cref="StateDb"/> like block import does, remembering each block's expected state.</summary>
internal sealed class TestChain
{
    /// <summary>No node cache by default, so every read checks what the database really holds.</summary>
    public TestChain(IKeyValueStore store, PruningMode? mode, StateVersion version = StateVersion.V1, long nodeCacheBytes = 0)
    {
        Store = store;
        Db = new StateDb(store, mode, nodeCacheBytes);
        Version = version;
    }

    public IKeyValueStore Store { get; }

    public StateDb Db { get; }

    public StateVersion Version { get; }

    public Dictionary<Hash256, (uint Number, Hash256 Root, StateModel Model)> Blocks { get; } = new();

    public Hash256 Genesis(StateChanges changes)
    {
        Hash256 hash = StateModel.BlockHash(0, 0);
        var model = new StateModel();
        model.Apply(changes);
        using StateCommit commit = Db.CommitBlock(hash, Hash256.Zero, 0, TrieRoot.Empty, changes, Version);
        Store.Write(commit.Batch);
        Blocks[hash] = (0, commit.StateRoot, model);
        return hash;
    }

    public Hash256 Commit(Hash256 parent, int fork, StateChanges changes)
    {
        (uint number, Hash256 parentRoot, StateModel parentModel) = Blocks[parent];
        Hash256 hash = StateModel.BlockHash(number + 1, fork);
        StateModel model = parentModel.Clone();
        model.Apply(changes);
        using StateCommit commit = Db.CommitBlock(hash, parent, number + 1, parentRoot, changes, Version);
        Store.Write(commit.Batch);
        Blocks[hash] = (number + 1, commit.StateRoot, model);
        return hash;
    }

    public void Finalize(Hash256 hash)
    {
        using WriteBatch batch = Db.Finalize(hash);
        Store.Write(batch);
    }

    /// <summary>Asserts every key of the block's state reads back through the view, and nothing else is there.</summary>
    public void AssertState(Hash256 hash)
    {
        (_, Hash256 root, StateModel model) = Blocks[hash];
        using StateView view = Db.GetState(hash);
        Assert.Equal(root, view.StateRoot);
        AssertView(view, model, Version);
    }

    public static void AssertView(StateView view, StateModel model, StateVersion version)
    {
        var full = model.FullTop(version);
        var read = view.Iterate([]).ToList();
        Assert.Equal(full.Count, read.Count);
        int i = 0;
        foreach (var entry in full)
        {
            Assert.Equal(entry.Key, read[i].Key);
            Assert.Equal(entry.Value, read[i].Value);
            Assert.Equal(entry.Value, view.Get(entry.Key));
            i++;
        }
        foreach (var child in model.Children)
        {
            var childRead = view.IterateChild(child.Key, []).ToList();
            Assert.Equal(child.Value.Count, childRead.Count);
            foreach (var entry in child.Value) Assert.Equal(entry.Value, view.GetChild(child.Key, entry.Key));
        }
    }
}
