using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Frame.Primitives;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Tests.Blocks;

/// <summary>
/// A block tree over an in-memory database with blocks that change no state: enough to exercise fork choice, tree
/// routes, finality and pruning without a runtime. Forks differ by their extrinsics root (the "salt").
/// </summary>
internal sealed class TestChain
{
    private static readonly RawGenesis Raw = new([new("key"u8.ToArray(), "value"u8.ToArray())], []);

    public TestChain(BlocksPruning? pruning = null)
    {
        Store = new MemoryKeyValueStore();
        Hash256 root = GenesisBlock.StateRoot(Raw, StateVersion.V1);
        var header = new Header(Hash256.Zero, 0, root, TrieRoot.Empty, []);
        GenesisBlock = new GenesisBlock(header, header.Hash(), StateVersion.V1);
        Tree = Open(pruning);
    }

    public MemoryKeyValueStore Store { get; }

    public GenesisBlock GenesisBlock { get; }

    public BlockTree Tree { get; private set; }

    /// <summary>Opens the tree again on the same database, as a restarted node does.</summary>
    public BlockTree Open(BlocksPruning? pruning = null) => Tree = BlockTree.Open(Store, new StateDb(Store), Raw, GenesisBlock, pruning);

    /// <summary>Imports a child of <paramref name="parent"/> with one extrinsic; <paramref name="salt"/> tells forks apart.</summary>
    public Hash256 Add(Hash256 parent, byte salt = 0)
    {
        Header parentHeader = Tree.GetHeader(parent)!;
        var extrinsicsRoot = new Hash256(Enumerable.Repeat(salt, 32).ToArray());
        var header = new Header(parent, parentHeader.Number + 1, parentHeader.StateRoot, extrinsicsRoot, []);
        Hash256 hash = header.Hash();
        using StateCommit commit = Tree.State.CommitBlock(hash, parent, header.Number, parentHeader.StateRoot, StateChanges.Empty, StateVersion.V1);
        Tree.Insert(header, [[0x04, salt]], null, commit, BlockOrigin.File);
        return hash;
    }

    /// <summary>Imports <paramref name="count"/> blocks on top of <paramref name="parent"/>; returns their hashes, lowest first.</summary>
    public List<Hash256> Extend(Hash256 parent, int count, byte salt = 0)
    {
        var hashes = new List<Hash256>(count);
        for (int i = 0; i < count; i++)
        {
            parent = Add(parent, salt);
            hashes.Add(parent);
        }
        return hashes;
    }
}
