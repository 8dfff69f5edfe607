using System.Text.Json.Nodes;
using Kusama.Core;

namespace Kusama.Blockchain.ChainSpecs;

/// <summary>A Substrate chain spec (<c>sc_chain_spec::ChainSpec</c> with the relay chain's extensions).</summary>
public sealed class ChainSpec
{
    /// <summary>Human name, served by <c>system_chain</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Chain id; also the database folder name under <c>chains/</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Defaults to <c>Live</c> when the spec omits it, as Substrate does.</summary>
    public ChainType ChainType { get; init; } = ChainType.Live;

    public IReadOnlyList<string> BootNodes { get; init; } = [];

    public IReadOnlyList<TelemetryEndpoint>? TelemetryEndpoints { get; init; }

    public string? ProtocolId { get; init; }

    public string? ForkId { get; init; }

    /// <summary>Free-form properties served by <c>system_properties</c> (ss58Format, tokenDecimals, tokenSymbol).</summary>
    public JsonObject? Properties { get; init; }

    /// <summary>Relay-chain extension: blocks to force on a fork, by number.</summary>
    public IReadOnlyList<KeyValuePair<uint, Hash256>>? ForkBlocks { get; init; }

    /// <summary>Relay-chain extension: blocks never to import.</summary>
    public IReadOnlyList<Hash256>? BadBlocks { get; init; }

    /// <summary>Relay-chain extension for light clients, kept as written.</summary>
    public JsonNode? LightSyncState { get; init; }

    /// <summary>Runtime code to use from a block number on (keys are decimal block numbers as in the JSON).</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> CodeSubstitutes { get; init; } = [];

    public required ChainSpecGenesis Genesis { get; init; }

    /// <summary>The raw genesis storage, or a clear error for specs that carry none.</summary>
    public RawGenesis RawGenesis => Genesis switch
    {
        ChainSpecGenesis.Raw raw => raw.Storage,
        ChainSpecGenesis.StateRootHash => throw new ChainSpecException("this chain spec carries only a genesis state root (genesis.stateRootHash), which is for light clients; a full node needs genesis.raw"),
        _ => throw new ChainSpecException("this chain spec carries a runtime genesis config; turn it into raw storage first (kusama build-spec --raw)"),
    };
}
