using System.CommandLine;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Crypto.Keys;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;
using Kusama.Network.Service;
using Kusama.Node.Service;
using Kusama.State;
using Microsoft.Extensions.Logging;

namespace Kusama.Node.Cli;

/// <summary>
/// Running the node: the root command's flags as the polkadot binary has them (<c>kusama --dev</c>,
/// <c>kusama --chain local --alice --base-path DIR --rpc-port 9944</c>). The node runs until SIGINT or SIGTERM.
/// </summary>
public sealed class RunCommand(KusamaCli cli)
{
    private static readonly string[] DevAccounts = ["alice", "bob", "charlie", "dave", "eve", "ferdie"];

    private readonly Option<bool> _dev = new("--dev") { Description = "Development chain: --chain dev, --alice, a temporary base path unless --base-path is given, RPC CORS open." };
    private readonly Option<string?> _chain = new("--chain") { Description = "The chain spec: dev, local, or a path to a chain-spec JSON file." };
    private readonly Option<string?> _basePath = new("--base-path", "-d") { Description = "The node's directory (database under chains/<id>/db/full)." };
    private readonly Option<bool> _tmp = new("--tmp") { Description = "Run in a temporary directory deleted at exit." };
    private readonly Option<string?> _name = new("--name") { Description = "The node's human-readable name." };
    private readonly Option<bool> _validator = new("--validator") { Description = "Author blocks (needs an authority key, e.g. --alice)." };
    private readonly Option<int?> _devBlockTime = new("--dev-block-time") { Description = "Block time in milliseconds for development (default: the 6,000 ms slot)." };
    private readonly Option<int> _rpcPort = new("--rpc-port") { Description = "JSON-RPC port (WebSocket and HTTP), default 9944.", DefaultValueFactory = _ => 9944 };
    private readonly Option<bool> _rpcExternal = new("--rpc-external") { Description = "Listen for RPC on all interfaces (default: loopback only)." };
    private readonly Option<bool> _unsafeRpcExternal = new("--unsafe-rpc-external") { Description = "Listen on all interfaces and allow unsafe methods." };
    private readonly Option<string?> _rpcCors = new("--rpc-cors") { Description = "Allowed browser origins: 'all' or a comma-separated list (default: localhost and polkadot.js.org; all with --dev)." };
    private readonly Option<string> _rpcMethods = new("--rpc-methods") { Description = "Which RPC methods to expose: auto (default), safe or unsafe.", DefaultValueFactory = _ => "auto" };
    private readonly Option<int> _rpcMaxConnections = new("--rpc-max-connections") { Description = "Maximum simultaneous RPC connections, default 100.", DefaultValueFactory = _ => 100 };
    private readonly Option<int> _rpcMaxRequestSize = new("--rpc-max-request-size") { Description = "Maximum RPC request size in MiB, default 15.", DefaultValueFactory = _ => 15 };
    private readonly Option<int> _rpcMaxResponseSize = new("--rpc-max-response-size") { Description = "Maximum RPC response size in MiB, default 15.", DefaultValueFactory = _ => 15 };
    private readonly Option<int> _rpcMaxSubscriptions = new("--rpc-max-subscriptions-per-connection") { Description = "Maximum subscriptions per RPC connection, default 1024.", DefaultValueFactory = _ => 1024 };
    private readonly Option<string?> _statePruning = new("--state-pruning") { Description = "State kept: archive, archive-canonical or a number of blocks (default 256)." };
    private readonly Option<string?> _blocksPruning = new("--blocks-pruning") { Description = "Block bodies kept: archive, archive-canonical (default) or a number of finalized blocks." };
    private readonly Option<int> _poolLimit = new("--pool-limit") { Description = "Maximum ready transactions in the pool, default 8192.", DefaultValueFactory = _ => 8192 };
    private readonly Option<int> _poolKbytes = new("--pool-kbytes") { Description = "Maximum kilobytes of ready transactions in the pool, default 20480.", DefaultValueFactory = _ => 20480 };
    private readonly Option<string?> _nodeKey = new("--node-key") { Description = "The libp2p node key: 32-byte ed25519 secret as hex (overrides --node-key-file)." };
    private readonly Option<string?> _nodeKeyFile = new("--node-key-file") { Description = "File with the node key (hex or 32 raw bytes); default chains/<id>/network/secret_ed25519 in the base path, created on first start." };
    private readonly Option<int?> _port = new("--port") { Description = "The p2p TCP port (default 30333; 0 picks a free one); ignored when --listen-addr is given." };
    private readonly Option<string[]> _listenAddr = new("--listen-addr") { Description = "Listen on this multiaddress, e.g. /ip4/0.0.0.0/tcp/30333 (repeatable; default /ip4/0.0.0.0/tcp/<port> and /ip6/::/tcp/<port>).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _publicAddr = new("--public-addr") { Description = "Addresses to announce to peers in addition to the listen addresses.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _bootnodes = new("--bootnodes") { Description = "Bootnodes, as multiaddresses ending in /p2p/<peer id>.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _reservedNodes = new("--reserved-nodes") { Description = "Peers always kept connected, as multiaddresses ending in /p2p/<peer id>.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> _reservedOnly = new("--reserved-only") { Description = "Only connect to (and accept) the reserved nodes; no discovery." };
    private readonly Option<int> _inPeers = new("--in-peers") { Description = "Maximum inbound full-node peers, default 32.", DefaultValueFactory = _ => 32 };
    private readonly Option<int> _inPeersLight = new("--in-peers-light") { Description = "Maximum inbound light-client peers, default 100.", DefaultValueFactory = _ => 100 };
    private readonly Option<int> _outPeers = new("--out-peers") { Description = "Outbound peers to keep, default 8.", DefaultValueFactory = _ => 8 };
    private readonly Option<bool> _allowPrivateIp = new("--allow-private-ip") { Description = "Dial private and loopback addresses found by discovery (default for dev and local chains)." };
    private readonly Option<bool> _noPrivateIp = new("--no-private-ip") { Description = "Never dial private or loopback addresses found by discovery (default for live chains)." };
    private readonly List<Option<bool>> _accounts = [.. DevAccounts.Select(static a => new Option<bool>("--" + a) { Description = $"Shortcut for --name {char.ToUpperInvariant(a[0])}{a[1..]} --validator with //{char.ToUpperInvariant(a[0])}{a[1..]}'s key." })];

    /// <summary>Adds the node flags to <paramref name="root"/> and makes running the node its action.</summary>
    public void AddTo(RootCommand root)
    {
        Option[] options = [_dev, _chain, _basePath, _tmp, _name, _validator, _devBlockTime, _rpcPort, _rpcExternal, _unsafeRpcExternal, _rpcCors, _rpcMethods,
            _rpcMaxConnections, _rpcMaxRequestSize, _rpcMaxResponseSize, _rpcMaxSubscriptions, _statePruning, _blocksPruning, _poolLimit, _poolKbytes, _nodeKey, _nodeKeyFile,
            _port, _listenAddr, _publicAddr, _bootnodes, _reservedNodes, _reservedOnly, _inPeers, _inPeersLight, _outPeers, _allowPrivateIp, _noPrivateIp, .. _accounts];
        foreach (Option option in options) root.Add(option);
        root.SetAction(parse => Run(Configure(parse)));
    }

    /// <summary>The node configuration the flags describe.</summary>
    public NodeConfiguration Configure(ParseResult parse)
    {
        bool dev = parse.GetValue(_dev);
        string chainName = parse.GetValue(_chain) ?? (dev ? "dev" : throw new CliException("no chain given: pass --dev or --chain (dev, local or a chain-spec file); see --help"));
        ChainSpec spec = ChainSpecCommands.ToRaw(ChainSpecCommands.Load(chainName));

        string? basePath = parse.GetValue(_basePath);
        bool temporary = basePath is null && (dev || parse.GetValue(_tmp));
        if (basePath is null && !temporary)
            basePath = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "kusama-net");
        basePath ??= Directory.CreateTempSubdirectory("kusama-").FullName;

        string? account = null;
        for (int i = 0; i < DevAccounts.Length; i++)
            if (parse.GetValue(_accounts[i])) account = DevAccounts[i];
        if (account is null && dev) account = "alice";
        if (account is null && parse.GetValue(_validator))
            throw new CliException("--validator needs an authority key: pass --alice (or --bob … --ferdie); keystore keys come with BABE");
        KeyPair? authority = account is null ? null : KeyPair.FromSuri(KeyScheme.Sr25519, "//" + char.ToUpperInvariant(account[0]) + account[1..]);

        int? blockTime = parse.GetValue(_devBlockTime);
        if (blockTime is <= 0) throw new CliException($"--dev-block-time must be a positive number of milliseconds, got {blockTime}");
        string? cors = parse.GetValue(_rpcCors);
        bool unsafeExternal = parse.GetValue(_unsafeRpcExternal);
        string methods = parse.GetValue(_rpcMethods)!;
        if (methods is not ("auto" or "safe" or "unsafe")) throw new CliException($"--rpc-methods must be auto, safe or unsafe, got '{methods}'");
        PruningMode? statePruning = null;
        if (parse.GetValue(_statePruning) is { } stateText && !PruningMode.TryParse(stateText, out statePruning))
            throw new CliException($"invalid --state-pruning value '{stateText}': expected archive, archive-canonical or a number of blocks");
        BlocksPruning blocksPruning;
        try
        {
            blocksPruning = parse.GetValue(_blocksPruning) is { } blocksText ? BlocksPruning.Parse(blocksText) : BlocksPruning.ArchiveCanonical;
        }
        catch (FormatException exception)
        {
            throw new CliException(exception.Message);
        }

        return new NodeConfiguration
        {
            ChainSpec = spec,
            BasePath = basePath,
            DeleteBasePathOnExit = temporary,
            Name = parse.GetValue(_name) ?? (account is null ? "kusama-net" : char.ToUpperInvariant(account[0]) + account[1..]),
            Authority = authority,
            SlotDurationMs = blockTime ?? 6000,
            StatePruning = statePruning,
            BlocksPruning = blocksPruning,
            NodeKeyHex = parse.GetValue(_nodeKey),
            NodeKeyFile = parse.GetValue(_nodeKeyFile),
            Network = ConfigureNetwork(parse, spec, authority is not null, parse.GetValue(_name) ?? account),
            PoolLimit = Positive(parse.GetValue(_poolLimit), "--pool-limit"),
            PoolKilobytes = Positive(parse.GetValue(_poolKbytes), "--pool-kbytes"),
            Rpc = new RpcConfiguration
            {
                Port = parse.GetValue(_rpcPort) is >= 0 and <= 65535 and var port ? port : throw new CliException($"--rpc-port must be 0..65535, got {parse.GetValue(_rpcPort)}"),
                External = parse.GetValue(_rpcExternal) || unsafeExternal,
                Cors = cors is null ? (dev ? null : DefaultCors) : cors == "all" ? null : [.. cors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Methods = unsafeExternal ? "unsafe" : methods,
                MaxConnections = Positive(parse.GetValue(_rpcMaxConnections), "--rpc-max-connections"),
                MaxRequestSizeMiB = Positive(parse.GetValue(_rpcMaxRequestSize), "--rpc-max-request-size"),
                MaxResponseSizeMiB = Positive(parse.GetValue(_rpcMaxResponseSize), "--rpc-max-response-size"),
                MaxSubscriptionsPerConnection = Positive(parse.GetValue(_rpcMaxSubscriptions), "--rpc-max-subscriptions-per-connection"),
            },
        };
    }

    private NetworkConfiguration ConfigureNetwork(ParseResult parse, ChainSpec spec, bool authority, string? name)
    {
        int port = parse.GetValue(_port) ?? NetworkConfiguration.DefaultPort;
        if (port is < 0 or > 65535) throw new CliException($"--port must be 0..65535, got {port}");
        IReadOnlyList<Multiaddr> listen = Multiaddrs(parse.GetValue(_listenAddr), "--listen-addr", needsPeerId: false);
        if (listen.Count == 0)
            listen = [Multiaddr.Parse($"/ip4/0.0.0.0/tcp/{port}"), Multiaddr.Parse($"/ip6/::/tcp/{port}")];
        if (parse.GetValue(_allowPrivateIp) && parse.GetValue(_noPrivateIp))
            throw new CliException("--allow-private-ip and --no-private-ip contradict each other");
        bool allowPrivate = parse.GetValue(_allowPrivateIp) || (!parse.GetValue(_noPrivateIp) && spec.ChainType.Name != "Live");
        return new NetworkConfiguration
        {
            ListenAddresses = listen,
            PublicAddresses = Multiaddrs(parse.GetValue(_publicAddr), "--public-addr", needsPeerId: false),
            Bootnodes = [.. Multiaddrs(parse.GetValue(_bootnodes), "--bootnodes", needsPeerId: true), .. BootNodesOf(spec)],
            ReservedNodes = Multiaddrs(parse.GetValue(_reservedNodes), "--reserved-nodes", needsPeerId: true),
            ReservedOnly = parse.GetValue(_reservedOnly),
            InPeers = NotNegative(parse.GetValue(_inPeers), "--in-peers"),
            InPeersLight = NotNegative(parse.GetValue(_inPeersLight), "--in-peers-light"),
            OutPeers = NotNegative(parse.GetValue(_outPeers), "--out-peers"),
            Roles = authority ? Roles.Authority : Roles.Full,
            AllowPrivateAddresses = allowPrivate,
            AgentVersion = $"Kusama.NET/{KusamaCli.Version} ({name ?? "kusama-net"})",
        };
    }

    private static IReadOnlyList<Multiaddr> Multiaddrs(string[]? values, string flag, bool needsPeerId)
    {
        var addresses = new List<Multiaddr>();
        foreach (string value in values ?? [])
        {
            Multiaddr address;
            try
            {
                address = Multiaddr.Parse(value);
            }
            catch (FormatException exception)
            {
                throw new CliException($"{flag}: {exception.Message}");
            }
            if (needsPeerId && address.PeerId is null)
                throw new CliException($"the {flag} address '{value}' must end in /p2p/<peer id>");
            addresses.Add(address);
        }
        return addresses;
    }

    /// <summary>The chain spec's <c>bootNodes</c>; entries that do not parse are skipped, as they are the spec author's.</summary>
    private static IEnumerable<Multiaddr> BootNodesOf(ChainSpec spec)
    {
        foreach (string value in spec.BootNodes)
            if (Multiaddr.TryParse(value, out Multiaddr? address) && address.PeerId is not null) yield return address;
    }

    private static int NotNegative(int value, string flag) => value >= 0 ? value : throw new CliException($"{flag} must not be negative, got {value}");

    /// <summary>polkadot's default allowed origins when not in dev mode.</summary>
    public static IReadOnlyList<string> DefaultCors { get; } =
        ["http://localhost:*", "http://127.0.0.1:*", "https://localhost:*", "https://127.0.0.1:*", "https://polkadot.js.org"];

    private int Run(NodeConfiguration configuration)
    {
        using ILoggerFactory loggers = LoggerFactory.Create(builder => builder
            .AddConsole(options => options.FormatterName = SubstrateConsoleFormatter.FormatterName)
            .AddConsoleFormatter<SubstrateConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>()
            .SetMinimumLevel(LogLevel.Information)
            // Kestrel's and the web host's own chatter; the RPC server logs its address itself.
            .AddFilter("Microsoft", LogLevel.Warning));
        using var stop = new CancellationTokenSource();
        // SIGINT (Ctrl+C) and SIGTERM stop the node gracefully; a second signal is left to the default (terminate).
        Action<System.Runtime.InteropServices.PosixSignalContext> onSignal = context =>
        {
            if (stop.IsCancellationRequested) return;
            context.Cancel = true;
            stop.Cancel();
        };
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, onSignal);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, onSignal);
        KusamaNode node;
        try
        {
            node = KusamaNode.Open(configuration, loggers);
        }
        catch (ChainSpecException exception)
        {
            return cli.Fail(exception.Message);
        }
        try
        {
            node.RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            node.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return 0;
    }

    private static int Positive(int value, string flag) => value > 0 ? value : throw new CliException($"{flag} must be positive, got {value}");
}
