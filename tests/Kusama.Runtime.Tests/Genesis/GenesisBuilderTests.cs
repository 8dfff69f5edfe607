using System.Text;
using System.Text.Json.Nodes;
using Kusama.Core;
using Kusama.Frame.Storage;
using Kusama.Runtime.Apis;
using Kusama.Runtime.Genesis;
using Kusama.Runtime.NativeRuntime;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Tests.Support;
using Kusama.Scale;
using Kusama.State;

namespace Kusama.Runtime.Tests.Genesis;

public class GenesisBuilderTests
{
    // //Alice and //Alice//stash (sr25519), as polkadot.js's keyring gives them.
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    private static readonly AccountId32 AliceStash = AccountId32.Parse("0xbe5ddb1579b72e84524fc29e78609e3caf42e85aa118ebfe0b0ad404b5bdd25f");

    private static KusamaRuntimeApi FreshApi(out StorageOverlay overlay)
    {
        overlay = new StorageOverlay(new MemoryState());
        return new KusamaRuntimeApi(new OverlayStorage(overlay));
    }

    [Fact]
    public void Preset_names_are_kusamas()
    {
        byte[] names = FreshApi(out _).Call("GenesisBuilder_preset_names", []);
        Assert.Equal(ScaleCodec.Encode<string[], Kusama.Scale.Codecs.VecCodec<string, Kusama.Scale.Codecs.StringCodec>>(["development", "local_testnet"]), names);
    }

    [Fact]
    public void Development_preset_endows_the_twelve_dev_accounts_with_a_million_ksm()
    {
        JsonObject preset = GenesisPresets.Get(GenesisPresets.Development)!;
        var balances = (JsonArray)preset["balances"]!["balances"]!;
        Assert.Equal(12, balances.Count);
        Assert.Equal("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", (string)balances[0]![0]!);
        Assert.Equal("1000000000000000000", balances[0]![1]!.ToJsonString());
        Assert.Contains(AliceStash, GenesisPresets.TestnetAccounts);
        Assert.Null(GenesisPresets.Get("kusama-mainnet"));
    }

    [Fact]
    public void Build_state_of_the_development_preset_gives_balances_issuance_code_and_system_genesis()
    {
        KusamaRuntimeApi api = FreshApi(out StorageOverlay overlay);
        byte[] patch = Encoding.UTF8.GetBytes(GenesisPresets.Get(GenesisPresets.Development)!.ToJsonString());
        byte[] args = new byte[ScaleWriter.CompactSize((uint)patch.Length) + patch.Length];
        var writer = new SpanScaleWriter(args);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, patch);

        Assert.Equal(new byte[] { 0 }, api.Call("GenesisBuilder_build_state", args));

        var runtime = new KusamaRuntime(new OverlayStorage(overlay));
        Assert.Equal(GenesisPresets.Endowment, runtime.Balances.FreeBalance(Alice));
        Assert.Equal(1u, runtime.System.Providers(Alice));
        Assert.Equal(GenesisPresets.Endowment * 12UL, runtime.Balances.TotalIssuance.Get());
        Assert.True(NativeRuntimeDescriptor.TryRead(overlay.Get(SystemPallet.CodeKey), out var version));
        Assert.Equal(KusamaRuntime.Version.SpecVersion, version.SpecVersion);
        Assert.True(runtime.System.UpgradedToTripleRefCount.Get());
        Assert.Empty(runtime.System.ReadEvents());
    }

    [Theory]
    [InlineData("{\"balances\":{\"balances\":[[\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\", 1]]}}", "existential deposit")]
    [InlineData("{\"balancez\":{}}", "unknown field 'balancez'")]
    [InlineData("{\"balances\":{\"balances\":[[\"not-an-address\", 1000000000000]]}}", "not an SS58 address")]
    [InlineData("[1,2]", "must be a JSON object")]
    public void Build_state_refuses_a_bad_config_with_a_clear_error(string json, string expected)
    {
        byte[] patch = Encoding.UTF8.GetBytes(json);
        byte[] args = new byte[ScaleWriter.CompactSize((uint)patch.Length) + patch.Length];
        var writer = new SpanScaleWriter(args);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, patch);
        byte[] result = FreshApi(out _).Call("GenesisBuilder_build_state", args);
        Assert.Equal(1, result[0]);
        var reader = new ScaleReader(result.AsSpan(1));
        Assert.Contains(expected, reader.ReadString(4096));
    }

    [Fact]
    public void Genesis_state_is_deterministic()
    {
        var first = GenesisBuilder.BuildState(GenesisBuilder.Preset(GenesisPresets.LocalTestnet));
        var second = GenesisBuilder.BuildState(GenesisBuilder.Preset(GenesisPresets.LocalTestnet));
        Assert.Equal(first.Select(e => Hex.Encode(e.Key) + Hex.Encode(e.Value)), second.Select(e => Hex.Encode(e.Key) + Hex.Encode(e.Value)));
    }
}
