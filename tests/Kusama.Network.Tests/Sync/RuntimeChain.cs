using Kusama.Blockchain.BlockBuilding;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Db.Memory;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Network.Protocols;
using Kusama.Scale.Codecs;
using Kusama.State;

namespace Kusama.Network.Tests.Sync;

/// <summary>
/// A node's chain on the built-in dev genesis, in memory, with the real runtime: blocks are authored (BABE secondary-plain
/// pre-digest, timestamp inherent) and imported with full execution. Headers carry no seal, so the verifier accepts them as they are.
/// </summary>
internal sealed class RuntimeChain
{
    private static readonly InherentIdentifier TimestampInherent = InherentIdentifier.FromAscii("timstap0");
    private static readonly Lazy<(RawGenesis Raw, GenesisBlock Block)> Genesis = new(() =>
    {
        RawGenesis raw = BuiltInChainSpecs.ToRaw(BuiltInChainSpecs.Get("dev")!).RawGenesis;
        return (raw, GenesisBlock.Build(raw));
    });

    private ulong _slot;

    /// <summary>A chain whose own blocks use slots from <paramref name="firstSlot"/> (different slots give different blocks).</summary>
    public RuntimeChain(ulong firstSlot = 1)
    {
        _slot = firstSlot;
        var store = new MemoryKeyValueStore();
        var state = new StateDb(store);
        Tree = BlockTree.Open(store, state, Genesis.Value.Raw, Genesis.Value.Block);
        Importer = new BlockImporter(Tree, new RuntimeExecutor(state), new UnsealedVerifier());
    }

    public BlockTree Tree { get; }

    public BlockImporter Importer { get; }

    /// <summary>Builds and imports <paramref name="count"/> blocks on the best block.</summary>
    public void Author(int count)
    {
        for (int i = 0; i < count; i++) AuthorOne();
    }

    /// <summary>Builds and imports one block on the best block; returns its announcement.</summary>
    public BlockAnnounce AuthorOne()
    {
        BlockInfo best = Tree.Best;
        Header parent = Tree.GetHeader(best.Hash)!;
        ulong slot = _slot++;
        var preDigest = new byte[13];
        preDigest[0] = 2; // SecondaryPlain, authority 0
        BitConverter.TryWriteBytes(preDigest.AsSpan(5), slot);
        using var builder = new BlockBuilder(Importer.Executor, parent, best.Hash, [new DigestItem.PreRuntime("BABE"u8.ToArray(), preDigest)]);
        var inherents = new InherentData();
        inherents.Put<ulong, U64Codec>(TimestampInherent, slot * 6_000UL);
        builder.PushInherents(inherents);
        BuiltBlock built = builder.Build();
        BlockImportNotification imported = Importer.ImportOwn(built.Header, built.Extrinsics, built.Executed);
        return new BlockAnnounce(imported.Header, BlockState.Best, []);
    }

    public BlockAnnouncesHandshake Handshake() =>
        new(Roles.Full, Tree.Best.Number, Tree.Best.Hash, Tree.Genesis);

    private sealed class UnsealedVerifier : IBlockVerifier
    {
        public Header Verify(Header header, Header parent) => header;
    }
}
