using System.Text.Json;
using System.Text.Json.Nodes;
using Kusama.Core;
using Kusama.Frame.Storage;
using Kusama.Runtime.NativeRuntime;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Scale.Codecs;
using Kusama.State;

namespace Kusama.Runtime.Genesis;

/// <summary>
/// The runtime's <c>GenesisBuilder</c>: turns a genesis config (or a preset, or a patch over the default config) into the
/// genesis storage — every pallet's genesis build, plus <c>:code</c> holding this native runtime's descriptor.
/// </summary>
public static class GenesisBuilder
{
    /// <summary>FRAME's <c>hash69</c>: the placeholder System puts as block 0's hash and parent hash at genesis.</summary>
    private static readonly Hash256 Hash69 = new(Enumerable.Repeat((byte)69, 32).ToArray());

    /// <summary>The default config with <paramref name="patch"/> merged in (<c>build_state</c>'s input).</summary>
    public static RuntimeGenesisConfig ConfigFromPatch(JsonObject patch) =>
        RuntimeGenesisConfig.FromJson(RuntimeGenesisConfig.MergePatch(RuntimeGenesisConfig.DefaultJson(), patch));

    /// <summary>The preset's complete config.</summary>
    /// <exception cref="GenesisConfigException">Unknown preset.</exception>
    public static RuntimeGenesisConfig Preset(string name) =>
        ConfigFromPatch(GenesisPresets.Get(name) ?? throw new GenesisConfigException($"unknown genesis preset '{name}'; known presets: {string.Join(", ", GenesisPresets.Names)}"));

    /// <summary>Parses a patch given as JSON bytes (<c>build_state</c>'s argument).</summary>
    /// <exception cref="GenesisConfigException">Not a JSON object.</exception>
    public static JsonObject ParsePatch(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new GenesisConfigException("the genesis config patch must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new GenesisConfigException($"the genesis config patch is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Builds the genesis storage of <paramref name="config"/> into <paramref name="storage"/> (at block 0, so no events).</summary>
    /// <exception cref="GenesisConfigException">A pallet's genesis config is invalid (e.g. a balance below the existential deposit).</exception>
    public static void Build(IStorage storage, RuntimeGenesisConfig config, RuntimeConfig? runtimeConfig = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var runtime = new KusamaRuntime(storage, runtimeConfig);
        SystemPallet system = runtime.System;

        // frame_system's genesis build.
        system.BlockHash.Set(0, Hash69);
        system.ParentHash.Set(Hash69);
        RuntimeVersion(system);
        system.UpgradedToU32RefCount.Set(true);
        system.UpgradedToTripleRefCount.Set(true);
        Span<byte> zero = stackalloc byte[4];
        storage.Set(SystemPallet.ExtrinsicIndexKey, zero);
        storage.Set(SystemPallet.CodeKey, NativeRuntimeDescriptor.Build(runtime.Config.System.Version));

        try
        {
            config.Balances.Build(runtime.Balances, system);
        }
        catch (InvalidOperationException e)
        {
            throw new GenesisConfigException($"balances: {e.Message}", e);
        }

        // pallet_transaction_payment's genesis build.
        runtime.TransactionPayment.StorageVersion.Set(Releases.V2);
        runtime.TransactionPayment.NextFeeMultiplier.Set(config.Multiplier);
    }

    /// <summary>The genesis storage of <paramref name="config"/> as sorted key/value pairs (what a raw chain spec holds).</summary>
    public static IReadOnlyList<KeyValuePair<byte[], byte[]>> BuildState(RuntimeGenesisConfig config, RuntimeConfig? runtimeConfig = null)
    {
        var overlay = new StorageOverlay(EmptyState.Instance);
        Build(new OverlayStorage(overlay), config, runtimeConfig);
        StateChanges changes = overlay.Drain();
        var entries = new List<KeyValuePair<byte[], byte[]>>(changes.Top.Count);
        foreach ((byte[] key, byte[]? value) in changes.Top)
            if (value is not null) entries.Add(new(key, value));
        return entries;
    }

    private static void RuntimeVersion(SystemPallet system)
    {
        var version = system.Config.Version;
        system.LastRuntimeUpgrade.Set(new LastRuntimeUpgradeInfo(version.SpecVersion, version.SpecName));
    }
}
