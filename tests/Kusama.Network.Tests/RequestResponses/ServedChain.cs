using System.Text;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Frame.Primitives;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Network.Tests.RequestResponses;

/// <summary>
/// A block tree over an in-memory database whose genesis state has a few top-trie entries and one default child trie;
/// blocks keep that state and carry distinct bodies (and optionally justifications), enough to serve real requests and to
/// drive the sync state machine. Every instance has the same genesis; forks differ by their extrinsics root (the salt).
/// </summary>
internal sealed class ServedChain
{
    public static readonly byte[] ChildKey = "kids"u8.ToArray();

    public ServedChain(IReadOnlyList<KeyValuePair<byte[], byte[]>>? top = null)
    {
        top ??=
        [
            Pair("alpha", "1"),
            Pair("beta", "22"),
            Pair("delta", "4444"),
            Pair("gamma", "333"),
        ];
        Raw = new RawGenesis(
            [.. top.OrderBy(pair => pair.Key, ByteOrder.Instance)],
            [new(ChildKey, [Pair("a", "child-a"), Pair("b", "child-b")])]);
        var store = new MemoryKeyValueStore();
        Hash256 root = GenesisBlock.StateRoot(Raw, StateVersion.V1);
        var header = new Header(Hash256.Zero, 0, root, TrieRoot.Empty, []);
        Genesis = new GenesisBlock(header, header.Hash(), StateVersion.V1);
        Tree = BlockTree.Open(store, new StateDb(store), Raw, Genesis);
    }

    public RawGenesis Raw { get; }

    public GenesisBlock Genesis { get; }

    public BlockTree Tree { get; }

    public static KeyValuePair<byte[], byte[]> Pair(string key, string value) => new(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(value));

    /// <summary>Imports a child of <paramref name="parent"/> with <paramref name="body"/> (default: two small extrinsics); <paramref name="salt"/> tells forks apart.</summary>
    public Hash256 Add(Hash256 parent, byte salt = 0, byte[][]? body = null, Justifications? justifications = null)
    {
        Header parentHeader = Tree.GetHeader(parent)!;
        var extrinsicsRoot = new Hash256(Enumerable.Repeat(salt, 32).ToArray());
        var header = new Header(parent, parentHeader.Number + 1, parentHeader.StateRoot, extrinsicsRoot, []);
        Hash256 hash = header.Hash();
        body ??= [[0x08, salt, (byte)header.Number], [0x04, 0xee]];
        using StateCommit commit = Tree.State.CommitBlock(hash, parent, header.Number, parentHeader.StateRoot, StateChanges.Empty, StateVersion.V1);
        Tree.Insert(header, body, justifications, commit, BlockOrigin.File);
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

    /// <summary>Copies blocks #1..#<paramref name="number"/> of <paramref name="other"/>'s best chain.</summary>
    public void CopyFrom(ServedChain other, uint number)
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

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
