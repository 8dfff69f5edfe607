using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.TransactionPool;
using Microsoft.Extensions.Logging;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>Every new-spec group the node serves (chainHead_v1, chainSpec_v1, transaction_v1, transactionWatch_v1, archive_v1) in one module.</summary>
public static class SpecRpcModules
{
    public static RpcModule Create(BlockTree tree, RuntimeExecutor executor, TransactionPool pool, ChainSpec spec,
        ChainHeadOptions? chainHead = null, TransactionBroadcastOptions? broadcast = null, ILogger? logger = null) =>
        new ChainHeadModule(tree, executor, chainHead).CreateModule()
            .Merge(new ChainSpecModule(spec, tree.Genesis).CreateModule())
            .Merge(new TransactionModule(pool, broadcast, logger).CreateModule())
            .Merge(new TransactionWatchModule(pool).CreateModule())
            .Merge(new ArchiveModule(tree, executor).CreateModule());
}
