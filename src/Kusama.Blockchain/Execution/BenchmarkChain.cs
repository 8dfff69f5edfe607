using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Db;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Runtime;
using Kusama.Runtime.Genesis;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Scale;
using Kusama.State;

namespace Kusama.Blockchain.Execution;

/// <summary>The chain the node-level benchmarks run on: a genesis funding N <c>//bench/{i}</c> accounts, and their signed transfers.</summary>
public static class BenchmarkChain
{
    /// <summary>The sr25519 keys of <paramref name="count"/> benchmark accounts.</summary>
    public static KeyPair[] Accounts(int count)
    {
        var keys = new KeyPair[count];
        Parallel.For(0, count, i => keys[i] = KeyPair.FromSuri(KeyScheme.Sr25519, $"//bench/{i}"));
        return keys;
    }

    /// <summary>The Kusama runtime's genesis with each account holding 1,000 KSM, and its block.</summary>
    public static (RawGenesis Raw, GenesisBlock Block) Genesis(KeyPair[] accounts)
    {
        var balances = new (AccountId32, Balance)[accounts.Length];
        for (int i = 0; i < accounts.Length; i++) balances[i] = (accounts[i].AccountId, 1_000UL * KusamaConstants.Units);
        var raw = new RawGenesis(GenesisBuilder.BuildState(new RuntimeGenesisConfig(new BalancesGenesisConfig(balances), FixedU128.One)), []);
        return (raw, GenesisBlock.Build(raw));
    }

    /// <summary>A node's chain in <paramref name="db"/>: state, block tree (genesis written), executor and importer.</summary>
    public static BlockImporter Open(IKeyValueStore db, RawGenesis raw, GenesisBlock genesis, IBlockVerifier verifier)
    {
        var state = new StateDb(db);
        BlockTree tree = BlockTree.Open(db, state, raw, genesis);
        return new BlockImporter(tree, new RuntimeExecutor(state), verifier);
    }

    /// <summary>A signed, immortal <c>transfer_keep_alive</c> of 1 KSM from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static byte[] Transfer(KeyPair from, KeyPair to, uint nonce, Hash256 genesis)
    {
        RuntimeVersion version = KusamaRuntime.Version;
        byte[] call = ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(to.AccountId), KusamaConstants.Units)));
        byte[] extra = ScaleCodec.Encode(new KusamaSignedExtra(Era.Immortal, nonce, Balance.Zero, MetadataHashMode.Disabled));
        byte[] implicitData = ScaleCodec.Encode(new KusamaSignedExtraImplicit(version.SpecVersion, version.TransactionVersion, genesis, genesis, Option<Hash256>.None));
        byte[] signature = from.Sign(SignedPayload.ToArray(call, extra, implicitData));
        return UncheckedExtrinsic.EncodeSigned(new MultiAddress.Id(from.AccountId), MultiSignature.Sr25519(signature), extra, call);
    }
}
