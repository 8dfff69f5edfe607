using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.TransactionPool;
using Kusama.Consensus.Authoring;
using Kusama.Consensus.Finality;
using Kusama.Crypto.Keys;
using Kusama.Network.Libp2p.Identity;
using Microsoft.Extensions.Logging;

namespace Kusama.Node.Service;

/// <summary>
/// A running node (sc-service's composition): database, state, block tree, runtime executor, import pipeline,
/// transaction pool, authoring and finality for a single-authority chain, the informant and the JSON-RPC server.
/// </summary>
public sealed partial class KusamaNode : IAsyncDisposable
{
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly List<IDisposable> _subscriptions = [];
    private ChainDatabase? _chain;
    private bool _disposed;

    private KusamaNode(NodeConfiguration configuration, ILoggerFactory loggers)
    {
        Configuration = configuration;
        _loggers = loggers;
        _logger = loggers.CreateLogger("kusama");
    }

    public NodeConfiguration Configuration { get; }

    public BlockTree Tree => _chain!.Tree;

    public RuntimeExecutor Executor => _chain!.Executor;

    public BlockImporter Importer => _chain!.Importer;

    public TransactionPool Pool { get; private set; } = null!;

    /// <summary>The block author, when the node has an authority key.</summary>
    public SlotAuthor? Author { get; private set; }

    public Informant Informant { get; private set; } = null!;

    /// <summary>The node's libp2p identity (its peer id names it on the network).</summary>
    public NodeKey NodeKey { get; private set; } = null!;

    /// <summary>The authority set of the built-in single-authority chains: //Alice's sr25519 key.</summary>
    public static IReadOnlyList<byte[]> DevAuthorities { get; } = [KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice").PublicKey.ToArray()];

    /// <summary>Opens the database (writing genesis into a new one) and wires every service; nothing runs until <see cref="RunAsync"/>.</summary>
    public static KusamaNode Open(NodeConfiguration configuration, ILoggerFactory loggers)
    {
        var node = new KusamaNode(configuration, loggers);
        try
        {
            node.Compose();
            return node;
        }
        catch
        {
            node.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    private void Compose()
    {
        ChainSpec spec = Configuration.ChainSpec;
        _logger.LogInformation("Kusama.NET");
        _logger.LogInformation("✌️  version {Version}", Cli.KusamaCli.Version);
        _logger.LogInformation("❤️  by the Kusama.NET developers, 2026-2026");
        _logger.LogInformation("📋 Chain specification: {Chain}", spec.Name);
        _logger.LogInformation("🏷  Node name: {Name}", Configuration.Name);
        NodeKey = OpenNodeKey(Configuration);
        _logger.LogInformation("👤 Role: {Role}", Configuration.Authority is null ? "FULL" : "AUTHORITY");
        _logger.LogInformation("💾 Database: RocksDb at {Path}", Configuration.DatabasePath);
        _logger.LogInformation("🏷  Local node identity is: {PeerId}", NodeKey.PeerId);

        _chain = ChainDatabase.Open(Configuration);
        GenesisBlock genesis = _chain.Genesis;
        _logger.LogInformation("🔨 Initializing Genesis block/state (state: {State}, header-hash: {Hash})",
            HashDisplay.Short(genesis.Header.StateRoot), HashDisplay.Short(genesis.Hash));

        BlockInfo best = Tree.Best;
        _logger.LogInformation("📦 Highest known block at #{Number}", best.Number);
        var poolOptions = new TransactionPoolOptions
        {
            ReadyCount = Configuration.PoolLimit,
            ReadyBytes = Configuration.PoolKilobytes * 1024L,
            FutureCount = Math.Max(1, Configuration.PoolLimit / 10),
            FutureBytes = Configuration.PoolKilobytes * 1024L / 10,
        };
        Pool = new TransactionPool(new RuntimeTransactionValidator(Tree, Executor), best.Hash, best.Number, poolOptions);
        _subscriptions.Add(new TransactionPoolMaintenance(Tree, Pool));
        ComposeNetwork();
        Informant = new Informant(Tree, Pool, Network, _loggers.CreateLogger("substrate"));
        _subscriptions.Add(Informant);
        _subscriptions.Add(new SingleAuthorityFinality(Tree, _loggers.CreateLogger("finality")));
        if (Configuration.Authority is { } authority)
        {
            int index = IndexOf(authority);
            if (index < 0)
                _logger.LogWarning("The authoring key {Key} is not in the authority set: this node will not author blocks.", authority.AccountId);
            else
                Author = new SlotAuthor(Importer, Pool, authority, (uint)index, TimeSpan.FromMilliseconds(Configuration.SlotDurationMs), _loggers.CreateLogger("babe"));
        }
        ComposeRpc();
    }

    /// <summary>Runs authoring, the informant and the RPC server until <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            Network.Start();
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            throw new InvalidOperationException($"The p2p network cannot listen: {exception.Message} (pick another --port or --listen-addr)", exception);
        }
        await StartRpcAsync(cancellationToken).ConfigureAwait(false);
        var tasks = new List<Task> { Informant.RunAsync(cancellationToken) };
        if (Author is not null) tasks.Add(Task.Run(() => Author.RunAsync(cancellationToken), CancellationToken.None));
        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await StopRpcAsync().ConfigureAwait(false);
        if (Network is not null) await Network.DisposeAsync().ConfigureAwait(false);
        foreach (IDisposable subscription in _subscriptions) subscription.Dispose();
        _chain?.Dispose();
        NodeKey?.Dispose();
        if (Configuration.DeleteBasePathOnExit)
        {
            try
            {
                Directory.Delete(Configuration.BasePath, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary><c>--node-key</c>, else <c>--node-key-file</c>, else the base path's key file (generated on first start).</summary>
    private static NodeKey OpenNodeKey(NodeConfiguration configuration)
    {
        try
        {
            if (configuration.NodeKeyHex is { } hex) return NodeKey.FromHex(hex);
            if (configuration.NodeKeyFile is { } file) return NodeKey.ReadFile(file);
            string path = configuration.DefaultNodeKeyFile;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return NodeKey.LoadOrGenerate(path);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"Invalid node key: {exception.Message}", exception);
        }
    }

    private static int IndexOf(KeyPair authority)
    {
        for (int i = 0; i < DevAuthorities.Count; i++)
            if (authority.PublicKey.SequenceEqual(DevAuthorities[i])) return i;
        return -1;
    }
}
