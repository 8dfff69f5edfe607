using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.TransactionPool;
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

    public FinalityNotification FinalizeBest() => Tree.Finalize(Tree.Best.Hash) ?? throw new InvalidOperationException("already finalized");

    /// <summary>A signed, immortal <c>Balances.transfer_keep_alive</c> of 1 KSM from //Alice to //Bob.</summary>
    public byte[] SignedTransfer(uint nonce) => _chain.Transfer(DevChain.Alice, DevChain.Bob, 1_000_000_000_000, nonce);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _chain.Dispose();
    }
}
