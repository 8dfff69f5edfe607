using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.TransactionPool;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>Every legacy namespace (chain, state, childstate, system, author, payment) built from the node's parts, merged into one module.</summary>
public sealed class LegacyRpc
{
    public LegacyRpc(BlockTree tree, RuntimeExecutor executor, TransactionPool pool, ChainSpec spec, SystemInfo info, AuthorKeystore? keystore = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(info);
        var blocks = new LegacyBlocks(tree, executor);
        Chain = new ChainRpc(tree);
        State = new StateRpc(blocks);
        ChildState = new ChildStateRpc(blocks);
        System = new SystemRpc(blocks, pool, spec, info);
        Author = new AuthorRpc(blocks, pool, keystore ?? new AuthorKeystore());
        Payment = new PaymentRpc(blocks);
    }

    public ChainRpc Chain { get; }

    public StateRpc State { get; }

    public ChildStateRpc ChildState { get; }

    public SystemRpc System { get; }

    public AuthorRpc Author { get; }

    public PaymentRpc Payment { get; }

    /// <summary>All legacy methods in one module, ready to merge into the server's.</summary>
    public RpcModule CreateModule() => new RpcModule()
        .Merge(Chain.CreateModule())
        .Merge(State.CreateModule())
        .Merge(ChildState.CreateModule())
        .Merge(System.CreateModule())
        .Merge(Author.CreateModule())
        .Merge(Payment.CreateModule());
}
