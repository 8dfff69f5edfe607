using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.TransactionPool;
using Kusama.Crypto.Keys;
using Kusama.Db.Memory;
using Kusama.Frame.Primitives;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;
using Kusama.Network.Service;

namespace Kusama.Network.Tests.Service;

/// <summary>A node's network over an in-memory chain (the benchmark chain's genesis: funded accounts), on loopback.</summary>
internal sealed class NetworkTestNode : IAsyncDisposable
{
    public static readonly KeyPair[] Accounts = BenchmarkChain.Accounts(2);
    private static readonly Lazy<(RawGenesis Raw, GenesisBlock Block)> Genesis = new(() => BenchmarkChain.Genesis(Accounts));

    private NetworkTestNode(NetworkConfiguration configuration, (RawGenesis Raw, GenesisBlock Block) genesis)
    {
        var db = new MemoryKeyValueStore();
        Importer = BenchmarkChain.Open(db, genesis.Raw, genesis.Block, new AcceptAll());
        Tree = Importer.Tree;
        Pool = new TransactionPool(new RuntimeTransactionValidator(Tree, Importer.Executor), Tree.Best.Hash, Tree.Best.Number);
        NodeKey = NodeKey.Generate();
        var names = new ProtocolNames(Tree.Genesis, "test");
        Network = new NetworkService(NodeKey, configuration.ListenAddresses.Count > 0 ? configuration : configuration with { ListenAddresses = [Multiaddr.Parse("/ip4/127.0.0.1/tcp/0")] }, Tree, names, Pool, Importer);
        Network.Start();
    }

    public BlockImporter Importer { get; }

    public BlockTree Tree { get; }

    public TransactionPool Pool { get; }

    public NodeKey NodeKey { get; }

    public NetworkService Network { get; }

    public Multiaddr Address => Network.ListenAddresses[0];

    public static NetworkTestNode Start(NetworkConfiguration? configuration = null) => new(configuration ?? new NetworkConfiguration(), Genesis.Value);

    /// <summary>A node of another chain (a different genesis).</summary>
    public static NetworkTestNode StartOtherChain() => new(new NetworkConfiguration(), BenchmarkChain.Genesis(BenchmarkChain.Accounts(1)));

    public static async Task WaitUntil(Func<bool> condition, string what, int timeoutMs = 15_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("timed out waiting until " + what);
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Network.DisposeAsync();
        NodeKey.Dispose();
    }

    private sealed class AcceptAll : IBlockVerifier
    {
        public Header Verify(Header header, Header parent) => header;
    }
}
