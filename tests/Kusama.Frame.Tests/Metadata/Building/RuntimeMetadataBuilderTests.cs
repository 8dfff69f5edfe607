using System.Diagnostics;
using System.Text.Json;
using Kusama.Core;
using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;

using Kusama.Tests.Metadata;

namespace Kusama.Frame.Tests.Metadata.Building;

public class RuntimeMetadataBuilderTests
{
    [Fact]
    public void V14_and_V15_encode_decode_and_re_encode_to_the_same_bytes()
    {
        var builder = TinyRuntime.Build();

        foreach (RuntimeMetadata metadata in new RuntimeMetadata[] { builder.BuildV14(), builder.BuildV15() })
        {
            byte[] bytes = RuntimeMetadataBuilder.Encode(metadata);
            var decoded = RuntimeMetadataPrefixed.Decode(bytes);

            Assert.Equal([0x6d, 0x65, 0x74, 0x61, metadata.Version], bytes[..5]);
            Assert.Equal(bytes, decoded.Encode());
            Assert.Equal(["System", "Balances", "Utility"], decoded.Metadata.Pallets.Select(p => p.Name));
        }
    }

    [Fact]
    public void V14_drops_pallet_docs_and_V15_keeps_them()
    {
        var builder = TinyRuntime.Build();

        Assert.Empty(builder.BuildV14().FindPallet("System")!.Docs);
        Assert.Equal(["Low-level operations."], builder.BuildV15().FindPallet("System")!.Docs);
    }

    [Fact]
    public void The_extrinsic_is_UncheckedExtrinsic_in_V14_and_its_four_parts_in_V15()
    {
        var builder = TinyRuntime.Build();
        var v14 = builder.BuildV14();
        var v15 = builder.BuildV15();

        var unchecked_ = v14.Types.Find(v14.Extrinsic.Type)!.Type;
        Assert.Equal("sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic", unchecked_.PathString);
        Assert.Equal(
            [v15.Extrinsic.AddressType, v15.Extrinsic.CallType, v15.Extrinsic.SignatureType, v15.Extrinsic.ExtraType],
            unchecked_.TypeParameters.Select(p => p.Type!.Value));
        Assert.Equal(v15.OuterEnums.CallEnumType, v15.Extrinsic.CallType);
        var extra = Assert.IsType<TypeDef.Tuple>(v15.Types.Find(v15.Extrinsic.ExtraType)!.Type.Definition);
        Assert.Equal(v15.Extrinsic.SignedExtensions.Select(e => e.Type), extra.Types);
        Assert.Equal(4, v14.Extrinsic.Version);
        Assert.Equal(builder.UncheckedExtrinsicType, v14.Extrinsic.Type);
    }

    [Fact]
    public void RuntimeError_wraps_each_pallet_error_as_Kusama_names_it()
    {
        var v15 = TinyRuntime.Build().BuildV15();
        var kusama = Assert.IsType<RuntimeMetadataV15>(RuntimeMetadataPrefixed.Decode(KusamaMetadata.V15).Metadata);
        var theirs = Assert.IsType<TypeDef.Variant>(kusama.Types.Find(kusama.OuterEnums.ErrorEnumType)!.Type.Definition).Variants;

        var error = v15.Types.Find(v15.OuterEnums.ErrorEnumType)!.Type;
        var ours = Assert.IsType<TypeDef.Variant>(error.Definition).Variants;

        Assert.Equal("staging_kusama_runtime::RuntimeError", error.PathString);
        Assert.Equal(["System", "Balances"], ours.Select(v => v.Name));
        foreach (var variant in ours)
        {
            var kusamaVariant = theirs.Single(v => v.Name == variant.Name);
            Assert.Equal(kusamaVariant.Index, variant.Index);
            Assert.Equal(kusamaVariant.Fields.Single().TypeName, variant.Fields.Single().TypeName);
        }
    }

    [Fact]
    public void Building_without_an_extrinsic_format_or_outer_enums_fails()
    {
        var builder = new RuntimeMetadataBuilder(new TypeRegistry());
        builder.SetRuntimeType(builder.Types.RuntimeStruct(TinyRuntime.Crate));

        Assert.Throws<InvalidOperationException>(() => builder.BuildV14());
        builder.SetExtrinsic(builder.Types.MultiAddress(), builder.Types.Unit(), builder.Types.MultiSignature(), []);
        Assert.Throws<InvalidOperationException>(() => builder.BuildV15());
    }

    [Fact]
    public void Adding_two_pallets_with_one_index_fails()
    {
        var builder = new RuntimeMetadataBuilder(new TypeRegistry());
        builder.AddPallet(new PalletMetadata("System", null, null, null, [], null, 0, []));

        Assert.Throws<ArgumentException>(() => builder.AddPallet(new PalletMetadata("Other", null, null, null, [], null, 0, [])));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void Polkadot_js_decodes_the_built_metadata_and_resolves_every_type(int version)
    {
        var builder = TinyRuntime.Build();
        RuntimeMetadata metadata = version == 14 ? builder.BuildV14() : builder.BuildV15();

        using var summary = JsonDocument.Parse(RunDecoder(RuntimeMetadataBuilder.Encode(metadata)));
        var root = summary.RootElement;

        Assert.Equal(version, root.GetProperty("version").GetInt32());
        Assert.Equal(metadata.Types.Types.Count, root.GetProperty("types").GetInt32());
        var pallets = root.GetProperty("pallets").EnumerateArray().ToList();
        Assert.Equal(["System", "Balances", "Utility"], pallets.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["3:transfer_keep_alive"], pallets[1].GetProperty("calls").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["Events", "Number"], pallets[0].GetProperty("storage").EnumerateArray().Select(c => c.GetString()));
        var extensions = root.GetProperty("extrinsic").GetProperty("signedExtensions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(9, extensions.Count);
        Assert.Equal("CheckMetadataHash", extensions[^1]);
        if (version == 15)
            Assert.Equal(["Core:version", "Metadata:metadata_at_version"], root.GetProperty("apis").EnumerateArray().Select(a => a.GetString()));
    }

    private static string RunDecoder(byte[] metadata)
    {
        string interop = Path.Combine(RepoRoot(), "tests", "interop");
        var start = new ProcessStartInfo("node", [Path.Combine("lib", "decode-metadata.mjs")])
        {
            WorkingDirectory = interop,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(Hex.Encode(metadata));
        node.StandardInput.Close();
        string stdout = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"decode-metadata.mjs failed: {stderr.Result}");
        return stdout;
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kusama.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException($"no Kusama.slnx above {AppContext.BaseDirectory}");
    }
}
