using Kusama.Blockchain.BlockBuilding;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.TransactionPool;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Scale.Codecs;
using Kusama.Core;
using Kusama.Rpc.Modules.Spec;
using Kusama.Rpc.Tests.Support;

namespace Kusama.Rpc.Tests.Modules.Spec;

/// <summary>
/// The in-memory dev chain (blocks authored on demand, finality by hand) with the new-spec modules served by a real
/// RPC server on an ephemeral port.
/// </summary>
internal sealed class SpecTestNode : IAsyncDisposable
{
    private readonly DevChain _chain;

    private SpecTestNode(DevChain chain, RpcTestServer server)
    {
        _chain = chain;
        Server = server;
    }

    public ChainSpec Spec => _chain.Spec;

    public BlockTree Tree => _chain.Tree;

    public RuntimeExecutor Executor => _chain.Executor;

    public TransactionPool Pool => _chain.Pool;

    public RpcTestServer Server { get; }

    public static async Task<SpecTestNode> StartAsync(ChainHeadOptions? chainHead = null, TransactionBroadcastOptions? broadcast = null)
    {
        var chain = new DevChain(finalizeEveryBlock: false);
        RpcModule module = SpecRpcModules.Create(chain.Tree, chain.Executor, chain.Pool, chain.Spec, chainHead, broadcast);
        RpcTestServer server = await RpcTestServer.StartAsync(module);
        return new SpecTestNode(chain, server);
    }

    /// <summary>Authors the next block on the best one, with whatever the pool has ready.</summary>
    public BlockImportNotification AuthorBlock() => _chain.AuthorBlock();

    /// <summary>Authors an empty block (timestamp only) on <paramref name="parent"/>, making a fork when it is not the best block.</summary>
    public BlockImportNotification AuthorOn(Hash256 parent, ulong slot)
    {
        Header parentHeader = Tree.GetHeader(parent)!;
        var preDigest = new byte[13];
        preDigest[0] = 2; // SecondaryPlain, authority 0
        BitConverter.TryWriteBytes(preDigest.AsSpan(5), slot);
        using var builder = new BlockBuilder(Executor, parentHeader, parent, [new DigestItem.PreRuntime("BABE"u8.ToArray(), preDigest)]);
        var inherents = new InherentData();
        inherents.Put<ulong, U64Codec>(InherentIdentifier.FromAscii("timstap0"), slot * 6_000UL);
        builder.PushInherents(inherents);
        BuiltBlock built = builder.Build();
        return _chain.Importer.ImportOwn(built.Header, built.Extrinsics, built.Executed);
    }

    public FinalityNotification FinalizeBest() => Tree.Finalize(Tree.Best.Hash) ?? throw new InvalidOperationException("already finalized");

    /// <summary>A signed, immortal <c>Balances.transfer_keep_alive</c> of 1 KSM from //Alice to //Bob.</summary>
    public byte[] SignedTransfer(uint nonce) => _chain.Transfer(DevChain.Alice, DevChain.Bob, 1_000_000_000_000, nonce);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _chain.Dispose();
    }
}
