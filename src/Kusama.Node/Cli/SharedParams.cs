using System.CommandLine;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Node.Service;

namespace Kusama.Node.Cli;

/// <summary>
/// The chain-selecting flags the database commands share (sc-cli's <c>SharedParams</c>): <c>--chain</c>, <c>--dev</c> and
/// <c>--base-path</c>. Without <c>--base-path</c> they use the node's default directory, even with <c>--dev</c>, so that
/// <c>purge-chain --dev</c> and <c>export-blocks --dev</c> find a dev chain kept there.
/// </summary>
public sealed class SharedParams
{
    private readonly Option<bool> _dev = new("--dev") { Description = "The development chain (--chain dev)." };
    private readonly Option<string?> _chain = new("--chain") { Description = "The chain spec: dev, local, or a path to a chain-spec JSON file." };
    private readonly Option<string?> _basePath = new("--base-path", "-d") { Description = "The node's directory (database under chains/<id>/db/full)." };

    /// <summary>The node's base path when none is given: <c>~/.local/share/kusama-net</c>.</summary>
    public static string DefaultBasePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "kusama-net");

    /// <summary>Adds the flags to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(_dev);
        command.Add(_chain);
        command.Add(_basePath);
    }

    /// <summary>The configuration of the chain the flags select, for opening its database.</summary>
    /// <exception cref="CliException">No chain given, or the chain spec is unusable.</exception>
    public NodeConfiguration Configure(ParseResult parse, BlocksPruning? blocksPruning = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        string chainName = parse.GetValue(_chain)
            ?? (parse.GetValue(_dev) ? "dev" : throw new CliException("no chain given: pass --dev or --chain (dev, local or a chain-spec file)"));
        ChainSpec spec = ChainSpecCommands.ToRaw(ChainSpecCommands.Load(chainName));
        return new NodeConfiguration
        {
            ChainSpec = spec,
            BasePath = Path.GetFullPath(parse.GetValue(_basePath) ?? DefaultBasePath),
            BlocksPruning = blocksPruning ?? BlocksPruning.ArchiveCanonical,
        };
    }
}
