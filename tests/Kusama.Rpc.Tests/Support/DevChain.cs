using Kusama.Blockchain.BlockBuilding;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Db.Memory;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Runtime;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using Kusama.State;

namespace Kusama.Rpc.Tests.Support;

/// <summary>
/// A real in-memory dev chain for RPC tests: the built-in "dev" genesis, block tree, runtime executor, transaction pool
/// kept in step with the chain, and blocks authored on demand (BABE secondary-plain pre-digest, timestamp inherent, ready
/// pool transactions), optionally finalized. Signing helpers make balance transfers from the dev accounts.
/// </summary>
public sealed class DevChain : IDisposable
{
    private static readonly InherentIdentifier TimestampInherent = InherentIdentifier.FromAscii("timstap0");
    private readonly Lock _authoring = new();
    private readonly TransactionPoolMaintenance _maintenance;
    private ulong _slot = 1;

    public DevChain(bool finalizeEveryBlock = true)
    {
        Spec = BuiltInChainSpecs.ToRaw(BuiltInChainSpecs.Get("dev")!);
        var store = new MemoryKeyValueStore();
        var state = new StateDb(store);
        GenesisBlock genesis = GenesisBlock.Build(Spec.RawGenesis);
        Tree = BlockTree.Open(store, state, Spec.RawGenesis, genesis);
        Executor = new RuntimeExecutor(state);
        Importer = new BlockImporter(Tree, Executor, new UncheckedVerifier());
        Pool = new TransactionPool(new RuntimeTransactionValidator(Tree, Executor), Tree.Best.Hash, Tree.Best.Number);
        _maintenance = new TransactionPoolMaintenance(Tree, Pool);
        FinalizeEveryBlock = finalizeEveryBlock;
    }

    public ChainSpec Spec { get; }

    public BlockTree Tree { get; }

    public RuntimeExecutor Executor { get; }

    public BlockImporter Importer { get; }

    public TransactionPool Pool { get; }

    /// <summary>Whether <see cref="AuthorBlock"/> finalizes each block it imports.</summary>
    public bool FinalizeEveryBlock { get; set; }

    public static KeyPair Alice { get; } = KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice");

    public static KeyPair Bob { get; } = KeyPair.FromSuri(KeyScheme.Sr25519, "//Bob");

    /// <summary>Builds a block on the best block with the timestamp inherent and every ready pool transaction, then imports it.</summary>
    public BlockImportNotification AuthorBlock()
    {
        lock (_authoring)
        {
            BlockInfo best = Tree.Best;
            Header parent = Tree.GetHeader(best.Hash)!;
            ulong slot = _slot++;
            var preDigest = new byte[13];
            preDigest[0] = 2; // SecondaryPlain, authority 0
            BitConverter.TryWriteBytes(preDigest.AsSpan(5), slot);
            using var builder = new BlockBuilder(Executor, parent, best.Hash, [new DigestItem.PreRuntime("BABE"u8.ToArray(), preDigest)]);
            var inherents = new InherentData();
            inherents.Put<ulong, U64Codec>(TimestampInherent, slot * 6_000UL);
            builder.PushInherents(inherents);
            using (BestIterator ready = Pool.Ready())
            {
                foreach (PooledTransaction transaction in ready)
                    builder.Push(transaction.Data);
            }
            BuiltBlock built = builder.Build();
            BlockImportNotification imported = Importer.ImportOwn(built.Header, built.Extrinsics, built.Executed);
            if (FinalizeEveryBlock) Tree.Finalize(imported.Hash);
            return imported;
        }
    }

    /// <summary>A signed, immortal <c>Balances.transfer_keep_alive</c> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public byte[] Transfer(KeyPair from, KeyPair to, ulong amount, uint nonce)
    {
        RuntimeVersion version = Executor.Version(Tree.GetHeader(Tree.Best.Hash)!.StateRoot);
        RuntimeCall call = new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(to.AccountId), (Balance)amount));
        byte[] callBytes = ScaleCodec.Encode(call);
        byte[] extra = ScaleCodec.Encode(new KusamaSignedExtra(default, nonce, Balance.Zero, MetadataHashMode.Disabled));
        byte[] implicitData = ScaleCodec.Encode(new KusamaSignedExtraImplicit(
            version.SpecVersion, version.TransactionVersion, Tree.Genesis, Tree.Genesis, Option<Hash256>.None));
        byte[] signature = from.Sign(SignedPayload.ToArray(callBytes, extra, implicitData));
        return UncheckedExtrinsic.EncodeSigned(new MultiAddress.Id(from.AccountId), MultiSignature.Sr25519(signature), extra, callBytes);
    }

    /// <summary>The System.Account storage key of <paramref name="account"/> (twox128 prefixes, blake2_128_concat key).</summary>
    public static byte[] AccountKey(AccountId32 account)
    {
        byte[] key = new byte[32 + 16 + 32];
        Kusama.Crypto.Hashing.Twox.Hash128("System"u8, key);
        Kusama.Crypto.Hashing.Twox.Hash128("Account"u8, key.AsSpan(16));
        Kusama.Crypto.Hashing.Blake2b.Hash128(account.Bytes, key.AsSpan(32));
        account.Bytes.CopyTo(key.AsSpan(48));
        return key;
    }

    public void Dispose() => _maintenance.Dispose();

    /// <summary>Own blocks are imported without verification; nothing else is imported in these tests.</summary>
    private sealed class UncheckedVerifier : IBlockVerifier
    {
        public Header Verify(Header header, Header parent) => header;
    }
}
