using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Frame.Primitives;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Network.Tests.Sync;

/// <summary>
/// A block tree in memory whose blocks change no state (no runtime): enough for the sync state machine. Every instance
/// has the same genesis; forks differ by their extrinsics root (the salt).
/// </summary>
internal sealed class SyncTestChain
{
    private static readonly RawGenesis Raw = new([new("key"u8.ToArray(), "value"u8.ToArray())], []);

    public SyncTestChain()
    {
        var store = new MemoryKeyValueStore();
        Hash256 root = GenesisBlock.StateRoot(Raw, StateVersion.V1);
        var header = new Header(Hash256.Zero, 0, root, TrieRoot.Empty, []);
        Tree = BlockTree.Open(store, new StateDb(store), Raw, new GenesisBlock(header, header.Hash(), StateVersion.V1));
    }

    public BlockTree Tree { get; }

    /// <summary>Imports a child of <paramref name="parent"/>; <paramref name="salt"/> tells forks apart.</summary>
    public Hash256 Add(Hash256 parent, byte salt = 0)
    {
        Header parentHeader = Tree.GetHeader(parent)!;
        var header = new Header(parent, parentHeader.Number + 1, parentHeader.StateRoot, new Hash256(Enumerable.Repeat(salt, 32).ToArray()), []);
        Hash256 hash = header.Hash();
        using StateCommit commit = Tree.State.CommitBlock(hash, parent, header.Number, parentHeader.StateRoot, StateChanges.Empty, StateVersion.V1);
        Tree.Insert(header, [[0x04, salt]], null, commit, BlockOrigin.File);
        return hash;
    }

    /// <summary>Imports <paramref name="count"/> blocks on <paramref name="parent"/>; returns the last.</summary>
    public Hash256 Extend(Hash256 parent, int count, byte salt = 0)
    {
        for (int i = 0; i < count; i++) parent = Add(parent, salt);
        return parent;
    }

    /// <summary>Copies blocks #1..#<paramref name="number"/> of <paramref name="other"/>'s best chain.</summary>
    public void CopyFrom(SyncTestChain other, uint number)
    {
        for (uint n = 1; n <= number; n++)
        {
            Hash256 hash = other.Tree.GetHash(n)!.Value;
            Header header = other.Tree.GetHeader(hash)!;
            Header parent = Tree.GetHeader(header.ParentHash)!;
            using StateCommit commit = Tree.State.CommitBlock(hash, header.ParentHash, n, parent.StateRoot, StateChanges.Empty, StateVersion.V1);
            Tree.Insert(header, other.Tree.GetBody(hash)!, null, commit, BlockOrigin.File);
        }
    }
}
