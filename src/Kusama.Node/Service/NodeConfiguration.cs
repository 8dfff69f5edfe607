using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Crypto.Keys;
using Kusama.Network.Service;
using Kusama.State;

namespace Kusama.Node.Service;

/// <summary>What a running node is told by its command line (polkadot's flags; units and defaults documented on each).</summary>
public sealed record NodeConfiguration
{
    /// <summary>The chain to run (raw genesis built).</summary>
    public required ChainSpec ChainSpec { get; init; }

    /// <summary>The node's directory; the database lives in <c>chains/&lt;id&gt;/db/full</c> under it.</summary>
    public required string BasePath { get; init; }

    /// <summary>True when <see cref="BasePath"/> is a temporary directory removed at shutdown (<c>--tmp</c>, or <c>--dev</c> without <c>--base-path</c>).</summary>
    public bool DeleteBasePathOnExit { get; init; }

    /// <summary>The node's name in logs and telemetry (<c>--name</c>).</summary>
    public string Name { get; init; } = "kusama-net";

    /// <summary>The block-authoring key (<c>--alice</c> etc. or <c>--dev</c>); null for a non-authoring node.</summary>
    public KeyPair? Authority { get; init; }

    /// <summary>Slot duration in milliseconds (Kusama: 6,000; <c>--dev-block-time</c>).</summary>
    public int SlotDurationMs { get; init; } = 6000;

    /// <summary><c>--state-pruning</c> (default 256 blocks).</summary>
    public PruningMode? StatePruning { get; init; }

    /// <summary><c>--blocks-pruning</c> (default archive-canonical).</summary>
    public BlocksPruning BlocksPruning { get; init; } = BlocksPruning.ArchiveCanonical;

    /// <summary>JSON-RPC server settings.</summary>
    public RpcConfiguration Rpc { get; init; } = new();

    /// <summary>Transaction pool limits: ready transactions (<c>--pool-limit</c>, default 8,192).</summary>
    public int PoolLimit { get; init; } = 8192;

    /// <summary>Transaction pool limits: ready kilobytes (<c>--pool-kbytes</c>, default 20,480 = 20 MiB).</summary>
    public int PoolKilobytes { get; init; } = 20 * 1024;

    /// <summary>The libp2p node key as hex (<c>--node-key</c>); overrides <see cref="NodeKeyFile"/>.</summary>
    public string? NodeKeyHex { get; init; }

    /// <summary>The node key file (<c>--node-key-file</c>); by default <c>chains/&lt;id&gt;/network/secret_ed25519</c>, created on first start.</summary>
    public string? NodeKeyFile { get; init; }

    /// <summary>The p2p network flags (<c>--port</c>, <c>--listen-addr</c>, <c>--bootnodes</c>, <c>--reserved-nodes</c>, slots…).</summary>
    public NetworkConfiguration Network { get; init; } = new();

    /// <summary>Where the node key lives when no flag names it.</summary>
    public string DefaultNodeKeyFile => Path.Combine(BasePath, "chains", ChainSpec.Id, "network", "secret_ed25519");

    /// <summary>The database directory.</summary>
    public string DatabasePath => Path.Combine(BasePath, "chains", ChainSpec.Id, "db", "full");
}
