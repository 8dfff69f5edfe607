using System.Text.Json.Nodes;
using Kusama.Core;
using Kusama.Runtime;
using Kusama.Runtime.Genesis;
using Kusama.Runtime.NativeRuntime;

namespace Kusama.Blockchain.ChainSpecs;

/// <summary>
/// The chain specs compiled into the node, as the polkadot binary's <c>--chain kusama-dev</c> and <c>kusama-local</c>: the
/// native runtime's <c>:code</c> descriptor with a GenesisBuilder preset patch (<c>development</c>, <c>local_testnet</c>).
/// </summary>
public static class BuiltInChainSpecs
{
    /// <summary>The names <c>--chain</c> accepts for built-in specs.</summary>
    public static IReadOnlyList<string> Names { get; } = ["dev", "kusama-dev", "local", "kusama-local"];

    /// <summary>The built-in spec called <paramref name="name"/>, or null when it is not one.</summary>
    public static ChainSpec? Get(string name) => name switch
    {
        "dev" or "kusama-dev" => Create("Development", "kusama_dev", ChainType.Development, GenesisPresets.Development),
        "local" or "kusama-local" => Create("Kusama Local Testnet", "kusama_local_testnet", ChainType.Local, GenesisPresets.LocalTestnet),
        _ => null,
    };

    /// <summary>
    /// The spec with its genesis as raw storage: a runtime-genesis spec (<c>{"code", "patch"|"config"}</c>) is built through
    /// the native runtime its code names; raw and state-root specs are returned unchanged.
    /// </summary>
    /// <exception cref="ChainSpecException">The code names no runtime this node has, or the genesis config is invalid.</exception>
    public static ChainSpec ToRaw(ChainSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Genesis is not ChainSpecGenesis.RuntimeGenesis runtime) return spec;
        JsonObject genesis = runtime.Config;
        if (genesis["code"] is not JsonValue codeValue || !codeValue.TryGetValue(out string? codeHex))
            throw new ChainSpecException("genesis.runtimeGenesis.code must be the runtime code as 0x-hex");
        byte[] code;
        try
        {
            code = Hex.Decode(codeHex);
        }
        catch (FormatException e)
        {
            throw new ChainSpecException($"genesis.runtimeGenesis.code is not hex: {e.Message}");
        }
        if (!NativeRuntimeDescriptor.TryRead(code, out var version) || !NativeRuntimeRegistry.Compiled.Contains(version.SpecName, version.SpecVersion))
            throw new ChainSpecException("genesis.runtimeGenesis.code does not name a native runtime compiled into this node (Kusama.NET runs native runtimes only; upgrade the node or use a raw chain spec)");
        RuntimeGenesisConfig config;
        try
        {
            config = (genesis["patch"], genesis["config"]) switch
            {
                (JsonObject patch, null) => GenesisBuilder.ConfigFromPatch(patch),
                (null, JsonObject full) => RuntimeGenesisConfig.FromJson(full),
                _ => throw new ChainSpecException("genesis.runtimeGenesis needs exactly one of 'patch' or 'config' (an object)"),
            };
            IReadOnlyList<KeyValuePair<byte[], byte[]>> top = GenesisBuilder.BuildState(config);
            var sorted = top.ToList();
            sorted.Sort(static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
            return new ChainSpec
            {
                Name = spec.Name,
                Id = spec.Id,
                ChainType = spec.ChainType,
                BootNodes = spec.BootNodes,
                TelemetryEndpoints = spec.TelemetryEndpoints,
                ProtocolId = spec.ProtocolId,
                ForkId = spec.ForkId,
                Properties = spec.Properties,
                ForkBlocks = spec.ForkBlocks,
                BadBlocks = spec.BadBlocks,
                LightSyncState = spec.LightSyncState,
                CodeSubstitutes = spec.CodeSubstitutes,
                Genesis = new ChainSpecGenesis.Raw(new RawGenesis(sorted, [])),
            };
        }
        catch (GenesisConfigException e)
        {
            throw new ChainSpecException($"genesis.runtimeGenesis: {e.Message}");
        }
    }

    private static ChainSpec Create(string name, string id, ChainType chainType, string preset) => new()
    {
        Name = name,
        Id = id,
        ChainType = chainType,
        ProtocolId = "ksm",
        Properties = new JsonObject { ["ss58Format"] = 2, ["tokenDecimals"] = 12, ["tokenSymbol"] = "KSM" },
        Genesis = new ChainSpecGenesis.RuntimeGenesis(new JsonObject
        {
            ["code"] = Hex.Encode(NativeRuntimeDescriptor.Build(KusamaRuntime.Version)),
            ["patch"] = GenesisPresets.Get(preset),
        }),
    };
}
