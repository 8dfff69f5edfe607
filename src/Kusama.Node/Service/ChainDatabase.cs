using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Execution;
using Kusama.Blockchain.Genesis;
using Kusama.Blockchain.Import;
using Kusama.Consensus.Babe;
using Kusama.Db.Rocks;
using Kusama.State;

namespace Kusama.Node.Service;

/// <summary>
/// A chain's database opened the way the node opens it (sc-service's client): RocksDB at
/// <see cref="NodeConfiguration.DatabasePath"/>, the state, the block tree (genesis written into a new database), the
/// runtime executor and the import pipeline with the dev authorities' seal check. What the database commands
/// (<c>export-blocks</c>, <c>import-blocks</c>) and tests run against.
/// </summary>
public sealed class ChainDatabase : IDisposable
{
    private bool _disposed;

    private ChainDatabase(NodeConfiguration configuration, RocksDbStore database)
    {
        Configuration = configuration;
        Database = database;
    }

    public NodeConfiguration Configuration { get; }

    public RocksDbStore Database { get; }

    public GenesisBlock Genesis { get; private set; } = null!;

    public BlockTree Tree { get; private set; } = null!;

    public RuntimeExecutor Executor { get; private set; } = null!;

    public BlockImporter Importer { get; private set; } = null!;

    /// <summary>
    /// Opens (with <paramref name="create"/>: creates) the database of <paramref name="configuration"/>'s chain.
    /// </summary>
    /// <exception cref="Kusama.Db.DatabaseException">No database there (and not <paramref name="create"/>), another process has it open, or it is damaged.</exception>
    /// <exception cref="ChainSpecException">The database holds another chain.</exception>
    public static ChainDatabase Open(NodeConfiguration configuration, bool create = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (create) Directory.CreateDirectory(configuration.DatabasePath);
        RocksDbStore database = RocksDbStore.Open(configuration.DatabasePath, RocksDbOptions.Default with { CreateIfMissing = create });
        var chain = new ChainDatabase(configuration, database);
        try
        {
            var state = new StateDb(database, configuration.StatePruning);
            RawGenesis genesis = configuration.ChainSpec.RawGenesis;
            chain.Genesis = GenesisBlock.Build(genesis);
            chain.Tree = BlockTree.Open(database, state, genesis, chain.Genesis, configuration.BlocksPruning);
            chain.Executor = new RuntimeExecutor(state);
            chain.Importer = new BlockImporter(chain.Tree, chain.Executor, new BabeSealVerifier(KusamaNode.DevAuthorities));
            return chain;
        }
        catch
        {
            chain.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Database.Flush();
        Database.Dispose();
    }
}
