using Kusama.Frame.Metadata;

using Kusama.Tests.Metadata;

namespace Kusama.Runtime.Tests.Metadata;

public sealed class RuntimeApiMetadataTests
{
    private static readonly string[] ServedApis =
    [
        "Core", "Metadata", "BlockBuilder", "TaggedTransactionQueue", "AccountNonceApi", "TransactionPaymentApi",
        "TransactionPaymentCallApi", "GenesisBuilder",
    ];

    /// <summary>
    /// Where our API types differ from Kusama's V15 file (a newer spec than our v1.7.1), with the reason. The prefix is
    /// "Api.method output|input".
    /// </summary>
    private static readonly Dictionary<string, string> Deliberate = new()
    {
        ["Core.version output"] =
            "our RuntimeVersion has v1.7.1's shape (RuntimeString names, state_version), as the System.Version constant in the V14 reference; the V15 file's newer spec has Cow<'static, str> and system_version",
        ["BlockBuilder.apply_extrinsic output<T><E>: 14 variants != 15"] =
            "the V15 file is a newer Kusama spec whose sp_runtime::DispatchError gained a 15th variant after v1.7.1 (V14's reference has 14, as we do)",
        ["Core.execute_block input block<Extrinsic><Call>::Utility.0: 6 variants != 8"] =
            "the V15 file is Kusama spec 1_009_002, whose pallet_utility gained if_else (6) and dispatch_as_fallible (7) after v1.7.1 (V14's reference has our 6 calls)",
    };

    private static RuntimeMetadataV15 Ours => (RuntimeMetadataV15)RuntimeMetadataPrefixed.Decode(KusamaRuntime.Metadata(15)).Metadata;

    private static RuntimeMetadataV15 Kusama => (RuntimeMetadataV15)RuntimeMetadataPrefixed.Decode(KusamaMetadata.V15).Metadata;

    [Fact]
    public void V15_lists_exactly_the_runtime_apis_we_serve_in_order()
    {
        var names = new List<string>();
        foreach (var api in Ours.Apis)
            names.Add(api.Name);

        Assert.Equal(ServedApis, names);
    }

    [Fact]
    public void Each_served_api_has_Kusamas_methods_inputs_and_types()
    {
        var ours = Ours;
        var kusama = Kusama;
        var pallets = new List<string>();
        foreach (var pallet in ours.Pallets)
            pallets.Add(pallet.Name);
        var types = new TypeComparer(ours.Types, kusama.Types, pallets);
        var seen = new HashSet<string>();
        var unexpected = new List<string>();
        foreach (var api in ours.Apis)
        {
            var reference = kusama.FindApi(api.Name);
            Assert.NotNull(reference);
            Assert.Equal(Names(reference.Methods), Names(api.Methods));
            for (int m = 0; m < api.Methods.Count; m++)
            {
                var (mine, theirs) = (api.Methods[m], reference.Methods[m]);
                string where = $"{api.Name}.{mine.Name}";
                Assert.Equal(theirs.Inputs.Count, mine.Inputs.Count);
                var differences = new List<string>();
                for (int i = 0; i < mine.Inputs.Count; i++)
                {
                    Assert.Equal(theirs.Inputs[i].Name, mine.Inputs[i].Name);
                    types.Compare(mine.Inputs[i].Type, theirs.Inputs[i].Type, $"{where} input {mine.Inputs[i].Name}", differences);
                }
                types.Compare(mine.Output, theirs.Output, $"{where} output", differences);
                foreach (string difference in differences)
                {
                    string? key = Deliberate.Keys.FirstOrDefault(key => difference.StartsWith(key, StringComparison.Ordinal));
                    if (key is null)
                        unexpected.Add(difference);
                    else
                        seen.Add(key);
                }
            }
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        Assert.Equal(Deliberate.Count, seen.Count);
    }

    [Fact]
    public void V15_outer_enums_are_the_runtime_call_event_and_error()
    {
        var ours = Ours;

        Assert.Equal("staging_kusama_runtime::RuntimeCall", ours.Types.Find(ours.OuterEnums.CallEnumType)!.Type.PathString);
        Assert.Equal("staging_kusama_runtime::RuntimeEvent", ours.Types.Find(ours.OuterEnums.EventEnumType)!.Type.PathString);
        Assert.Equal("staging_kusama_runtime::RuntimeError", ours.Types.Find(ours.OuterEnums.ErrorEnumType)!.Type.PathString);
    }

    [Fact]
    public void Metadata_api_payloads_wrap_the_metadata_as_Substrate_does()
    {
        byte[] v15 = KusamaRuntime.Metadata(15);

        byte[] atVersion = KusamaRuntime.MetadataApiMetadataAtVersion(15);
        var reader = new Kusama.Scale.ScaleReader(atVersion);

        Assert.Equal(1, reader.ReadByte());
        Assert.Equal(v15, reader.ReadLengthPrefixedBytes(int.MaxValue).ToArray());
        Assert.Equal([0], KusamaRuntime.MetadataApiMetadataAtVersion(16));
        // Vec<u32> [14, 15]: compact length 2 (0x08), then two little-endian u32s.
        Assert.Equal([0x08, 14, 0, 0, 0, 15, 0, 0, 0], KusamaRuntime.MetadataApiMetadataVersions());
        Assert.Equal(KusamaRuntime.MetadataApiMetadataAtVersion(14)[1..], KusamaRuntime.MetadataApiMetadata());
    }

    private static List<string> Names(IReadOnlyList<RuntimeApiMethodMetadata> methods)
    {
        var names = new List<string>(methods.Count);
        foreach (var method in methods)
            names.Add(method.Name);
        return names;
    }
}
