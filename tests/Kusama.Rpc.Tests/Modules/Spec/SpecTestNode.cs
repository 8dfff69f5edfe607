using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.TransactionPool;
using Kusama.Consensus.Authoring;
using Kusama.Consensus.Babe;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Db.Memory;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Node.Service;
using Kusama.Rpc.Modules.Spec;
using Kusama.Runtime;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Scale;
using Kusama.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Rpc.Tests.Modules.Spec;

/// <summary>
/// An in-memory dev chain (//Alice authoring, blocks built on demand, finality by hand) with the new-spec modules
/// served by a real RPC server on an ephemeral port.
/// </summary>
internal sealed class SpecTestNode : IAsyncDisposable
{
    private readonly TransactionPoolMaintenance _maintenance;
    private readonly SlotAuthor _author;
    private ulong _slot;

    private SpecTestNode(ChainSpec spec, BlockTree tree, RuntimeExecutor executor, TransactionPool pool, SlotAuthor author,
        TransactionPoolMaintenance maintenance, RpcTestServer server)
    {
        Spec = spec;
        Tree = tree;
        Executor = executor;
        Pool = pool;
        _author = author;
        _maintenance = maintenance;
        Server = server;
        _slot = (ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 6000);
    }

    public ChainSpec Spec { get; }

    public BlockTree Tree { get; }

    public RuntimeExecutor Executor { get; }

    public TransactionPool Pool { get; }

    public RpcTestServer Server { get; }

    public static KeyPair Alice { get; } = KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice");

    public static KeyPair Bob { get; } = KeyPair.FromSuri(KeyScheme.Sr25519, "//Bob");

    public static async Task<SpecTestNode> StartAsync(ChainHeadOptions? chainHead = null, TransactionBroadcastOptions? broadcast = null)
    {
        ChainSpec spec = BuiltInChainSpecs.ToRaw(BuiltInChainSpecs.Get("dev")!);
        var db = new MemoryKeyValueStore();
        var state = new StateDb(db, PruningMode.ArchiveAll);
        GenesisBlock genesis = GenesisBlock.Build(spec.RawGenesis);
        BlockTree tree = BlockTree.Open(db, state, spec.RawGenesis, genesis);
        var executor = new RuntimeExecutor(state);
        var importer = new BlockImporter(tree, executor, new BabeSealVerifier(KusamaNode.DevAuthorities));
        var pool = new TransactionPool(new RuntimeTransactionValidator(tree, executor), tree.Best.Hash, tree.Best.Number);
        var maintenance = new TransactionPoolMaintenance(tree, pool);
        var author = new SlotAuthor(importer, pool, Alice, 0, TimeSpan.FromSeconds(6), NullLogger.Instance);

        RpcModule module = new ChainHeadModule(tree, executor, chainHead).CreateModule()
            .Merge(new ChainSpecModule(spec, tree.Genesis).CreateModule())
            .Merge(new TransactionModule(pool, broadcast).CreateModule())
            .Merge(new TransactionWatchModule(pool).CreateModule());
        RpcTestServer server = await RpcTestServer.StartAsync(module);
        return new SpecTestNode(spec, tree, executor, pool, author, maintenance, server);
    }

    /// <summary>Authors the next block on the best one, with whatever the pool has ready.</summary>
    public BlockImportNotification AuthorBlock() => _author.AuthorSlot(++_slot) ?? throw new InvalidOperationException("slot already used");

    public FinalityNotification FinalizeBest() => Tree.Finalize(Tree.Best.Hash) ?? throw new InvalidOperationException("already finalized");

    /// <summary>A signed, immortal <c>Balances.transfer_keep_alive</c> from //Alice to //Bob.</summary>
    public byte[] SignedTransfer(uint nonce, ulong amount = 1_000_000_000_000)
    {
        Header genesisHeader = Tree.GetHeader(Tree.Genesis)!;
        RuntimeVersion version = Executor.Version(genesisHeader.StateRoot);
        byte[] call = ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(Bob.AccountId), amount)));
        byte[] extra = ScaleCodec.Encode(new KusamaSignedExtra(Era.Immortal, nonce, Balance.Zero, MetadataHashMode.Disabled));
        var implicitData = new KusamaSignedExtraImplicit(version.SpecVersion, version.TransactionVersion, Tree.Genesis, Tree.Genesis, Option<Hash256>.None);
        byte[] payload = SignedPayload.ToArray(call, extra, ScaleCodec.Encode(implicitData));
        return UncheckedExtrinsic.EncodeSigned(new MultiAddress.Id(Alice.AccountId), MultiSignature.Sr25519(Alice.Sign(payload)), extra, call);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _maintenance.Dispose();
    }
}
