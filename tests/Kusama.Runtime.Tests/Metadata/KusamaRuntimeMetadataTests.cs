using Kusama.Core;
using Kusama.Frame.Metadata;

using Kusama.Tests.Metadata;

namespace Kusama.Runtime.Tests.Metadata;

public sealed class KusamaRuntimeMetadataTests
{
    /// <summary>The pallets the conformance criterion names; those our runtime has are compared with Kusama's.</summary>
    private static readonly string[] ConformancePallets = ["System", "Timestamp", "Balances", "TransactionPayment", "Utility"];

    /// <summary>
    /// Differences from Kusama's metadata (spec 1_003_000) that are deliberate, each with its reason. Kept in step with
    /// tests/interop/metadata-conformance.test.mjs.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DeliberateDifferences = new Dictionary<string, string>
    {
        ["System.Version constant: value"] =
            "we are spec 1_007_001 (v1.7.1) and list only the runtime APIs we serve; the reference is spec 1_003_000",
    };

    private static RuntimeMetadata Ours(byte version) => RuntimeMetadataPrefixed.Decode(KusamaRuntime.Metadata(version)).Metadata;

    private static RuntimeMetadata Kusama => RuntimeMetadataPrefixed.Decode(KusamaMetadata.V14).Metadata;

    private static string[] OurConformancePallets(RuntimeMetadata ours)
    {
        var present = new List<string>();
        foreach (string name in ConformancePallets)
        {
            if (ours.FindPallet(name) is not null)
                present.Add(name);
        }
        return [.. present];
    }

    private static bool IsDeliberate(string difference)
    {
        foreach (string key in DeliberateDifferences.Keys)
        {
            if (difference.StartsWith(key, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    [Fact]
    public void Metadata_versions_are_14_and_15()
    {
        Assert.Equal([14u, 15u], KusamaRuntime.MetadataVersions);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void Metadata_decodes_with_our_decoder_as_the_requested_version_and_reencodes_to_the_same_bytes(byte version)
    {
        byte[] bytes = KusamaRuntime.Metadata(version);

        var decoded = RuntimeMetadataPrefixed.Decode(bytes);

        Assert.Equal("meta"u8.ToArray(), bytes[..4]);
        Assert.Equal(version, bytes[4]);
        Assert.Equal(version, decoded.Metadata.Version);
        Assert.Equal(bytes, decoded.Encode());
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void Metadata_is_built_the_same_byte_for_byte_every_time(byte version)
    {
        var builder = KusamaRuntime.BuildMetadata(withApis: version == 15);
        RuntimeMetadata fresh = version == 15 ? builder.BuildV15() : builder.BuildV14();

        Assert.Equal(KusamaRuntime.Metadata(version), new RuntimeMetadataPrefixed(fresh).Encode());
        Assert.Same(KusamaRuntime.Metadata(version), KusamaRuntime.Metadata(version));
    }

    [Theory]
    [InlineData(13)]
    [InlineData(16)]
    public void Metadata_of_a_version_we_do_not_serve_is_refused(byte version)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KusamaRuntime.Metadata(version));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void Implemented_pallets_match_Kusama_structurally_apart_from_the_listed_deliberate_differences(byte version)
    {
        var ours = Ours(version);
        string[] pallets = OurConformancePallets(ours);

        var differences = PalletComparer.Differences(ours, Kusama, pallets);

        Assert.Equal(ConformancePallets, pallets);
        var unexpected = differences.FindAll(d => !IsDeliberate(d));
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [Fact]
    public void Every_listed_deliberate_difference_still_occurs()
    {
        var differences = PalletComparer.Differences(Ours(15), Kusama, OurConformancePallets(Ours(15)));

        foreach (string key in DeliberateDifferences.Keys)
            Assert.Contains(differences, d => d.StartsWith(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Pallets_carry_Kusamas_indices_and_names()
    {
        var ours = Ours(15);

        foreach (var pallet in ours.Pallets)
            Assert.Equal(Kusama.FindPallet(pallet.Name)!.Index, pallet.Index);
    }

    [Fact]
    public void V14_carries_no_pallet_docs_and_V15_does()
    {
        Assert.All(Ours(14).Pallets, p => Assert.Empty(p.Docs));
        Assert.NotEmpty(Ours(15).FindPallet("System")!.Docs);
    }
}
