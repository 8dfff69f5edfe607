using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.TransactionPool;
using Kusama.Consensus.Authoring;
using Kusama.Consensus.Babe;
using Kusama.Consensus.Finality;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Db.Memory;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Runtime;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Scale;
using Kusama.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Consensus.Tests;

/// <summary>The built-in dev chain in memory, composed as the node composes it: tree, executor, importer, pool, author, finality.</summary>
public sealed class DevChain : IDisposable
{
    private static readonly Lazy<(RawGenesis Raw, GenesisBlock Block)> Genesis = new(() =>
    {
        RawGenesis raw = BuiltInChainSpecs.ToRaw(BuiltInChainSpecs.Get("dev")!).RawGenesis;
        return (raw, GenesisBlock.Build(raw));
    });

    private readonly SingleAuthorityFinality _finality;
    private readonly TransactionPoolMaintenance _maintenance;

    public DevChain(bool author = true)
    {
        var store = new MemoryKeyValueStore();
        Tree = BlockTree.Open(store, new StateDb(store), Genesis.Value.Raw, Genesis.Value.Block);
        Executor = new RuntimeExecutor(Tree.State);
        Importer = new BlockImporter(Tree, Executor, new BabeSealVerifier([Alice.PublicKey.ToArray()]));
        Pool = new TransactionPool(new RuntimeTransactionValidator(Tree, Executor), Tree.Best.Hash, Tree.Best.Number);
        _maintenance = new TransactionPoolMaintenance(Tree, Pool);
        _finality = new SingleAuthorityFinality(Tree, NullLogger.Instance);
        if (author) Author = new SlotAuthor(Importer, Pool, Alice, 0, TimeSpan.FromSeconds(6), NullLogger.Instance, Clock);
    }

    public static KeyPair Alice { get; } = KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice");

    public static KeyPair Bob { get; } = KeyPair.FromSuri(KeyScheme.Sr25519, "//Bob");

    public static Hash256 GenesisHash => Genesis.Value.Block.Hash;

    public ManualClock Clock { get; } = new(DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000));

    public BlockTree Tree { get; }

    public RuntimeExecutor Executor { get; }

    public BlockImporter Importer { get; }

    public TransactionPool Pool { get; }

    public SlotAuthor? Author { get; }

    /// <summary>Authors the next slot's block (the clock moves one slot first).</summary>
    public BlockImportNotification AuthorNext()
    {
        Clock.Advance(TimeSpan.FromSeconds(6));
        ulong slot = (ulong)(Clock.GetUtcNow().ToUnixTimeMilliseconds() / 6000);
        return Author!.AuthorSlot(slot) ?? throw new InvalidOperationException("slot already used");
    }

    /// <summary>A signed, immortal <c>transfer_keep_alive</c> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static byte[] Transfer(KeyPair from, KeyPair to, UInt128 amount, uint nonce)
    {
        var call = new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(to.AccountId), amount));
        RuntimeVersion version = KusamaRuntime.Version;
        byte[] callBytes = ScaleCodec.Encode<RuntimeCall>(call);
        byte[] extra = ScaleCodec.Encode(new KusamaSignedExtra(default, nonce, Balance.Zero, MetadataHashMode.Disabled));
        var implicitData = new KusamaSignedExtraImplicit(version.SpecVersion, version.TransactionVersion, GenesisHash, GenesisHash, Option<Hash256>.None);
        byte[] signature = from.Sign(SignedPayload.ToArray(callBytes, extra, ScaleCodec.Encode(implicitData)));
        return UncheckedExtrinsic.EncodeSigned(new MultiAddress.Id(from.AccountId), MultiSignature.Sr25519(signature), extra, callBytes);
    }

    /// <summary>The free balance of <paramref name="account"/> at the best block.</summary>
    public UInt128 FreeBalance(KeyPair account)
    {
        using RuntimeSession session = Executor.Open(Tree.GetHeader(Tree.Best.Hash)!.StateRoot);
        var runtime = new KusamaRuntime(new Kusama.Frame.Storage.OverlayStorage(session.Overlay));
        return runtime.System.Account.Get(account.AccountId).Data.Free.Value;
    }

    public void Dispose()
    {
        _finality.Dispose();
        _maintenance.Dispose();
    }
}
