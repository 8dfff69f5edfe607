using Kusama.Frame.Metadata;
using Kusama.Scale;
using Kusama.Frame.Storage;

using Kusama.Tests.Metadata;

namespace Kusama.Frame.Tests.Metadata;

public class RuntimeMetadataTests
{
    private static readonly string[] KusamaSignedExtensions =
    [
        "CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis", "CheckMortality",
        "CheckNonce", "CheckWeight", "ChargeTransactionPayment", "CheckMetadataHash",
    ];

    private static RuntimeMetadataV14 DecodeV14() =>
        Assert.IsType<RuntimeMetadataV14>(RuntimeMetadataPrefixed.Decode(KusamaMetadata.V14).Metadata);

    private static RuntimeMetadataV15 DecodeV15() =>
        Assert.IsType<RuntimeMetadataV15>(RuntimeMetadataPrefixed.Decode(KusamaMetadata.V15).Metadata);

    public static TheoryData<int> Versions => new() { 14, 15 };

    private static byte[] Blob(int version) => version == 14 ? KusamaMetadata.V14 : KusamaMetadata.V15;

    [Theory]
    [MemberData(nameof(Versions))]
    public void Kusama_metadata_re_encodes_byte_for_byte(int version)
    {
        byte[] blob = Blob(version);
        var metadata = RuntimeMetadataPrefixed.Decode(blob);

        Assert.Equal(version, metadata.Metadata.Version);
        Assert.Equal(blob.Length, RuntimeMetadataPrefixed.GetEncodedSize(metadata));
        Assert.Equal(blob, metadata.Encode());
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void System_is_pallet_0_and_Balances_pallet_4(int version)
    {
        var metadata = RuntimeMetadataPrefixed.Decode(Blob(version)).Metadata;

        Assert.Equal(0, metadata.FindPallet("System")!.Index);
        Assert.Equal(4, metadata.FindPallet("Balances")!.Index);
        Assert.Equal("System", metadata.Pallets[0].Name);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Balances_transfer_keep_alive_is_call_3_with_dest_and_compact_value(int version)
    {
        var metadata = RuntimeMetadataPrefixed.Decode(Blob(version)).Metadata;
        var balances = metadata.FindPallet("Balances")!;
        var calls = metadata.Types.Find(balances.CallsType!.Value)!.Type;

        Assert.Equal("pallet_balances::pallet::Call", calls.PathString);
        var variants = Assert.IsType<TypeDef.Variant>(calls.Definition).Variants;
        var transferKeepAlive = Single(variants, "transfer_keep_alive");
        Assert.Equal(3, transferKeepAlive.Index);
        Assert.Equal(["dest", "value"], [transferKeepAlive.Fields[0].Name!, transferKeepAlive.Fields[1].Name!]);
        var value = metadata.Types.Find(transferKeepAlive.Fields[1].Type)!.Type.Definition;
        Assert.IsType<TypeDef.Compact>(value);
        Assert.Equal(0, Single(variants, "transfer_allow_death").Index);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void System_Account_is_a_Blake2_128Concat_map_keyed_by_sp_core_crypto_AccountId32(int version)
    {
        var metadata = RuntimeMetadataPrefixed.Decode(Blob(version)).Metadata;
        var storage = metadata.FindPallet("System")!.Storage!;
        Assert.Equal("System", storage.Prefix);
        StorageEntryMetadata? account = null;
        foreach (var entry in storage.Entries)
        {
            if (entry.Name == "Account")
                account = entry;
        }

        Assert.NotNull(account);
        Assert.Equal(StorageEntryModifier.Default, account.Modifier);
        var map = Assert.IsType<StorageEntryType.Map>(account.Type);
        Assert.Equal([StorageHasher.Blake2_128Concat], map.Hashers);
        var key = metadata.Types.Find(map.Key)!.Type;
        Assert.Equal("sp_core::crypto::AccountId32", key.PathString);
        var field = Assert.Single(Assert.IsType<TypeDef.Composite>(key.Definition).Fields);
        Assert.Equal("[u8; 32]", field.TypeName);
        var array = Assert.IsType<TypeDef.Array>(metadata.Types.Find(field.Type)!.Type.Definition);
        Assert.Equal(32u, array.Length);
        Assert.Equal(new TypeDef.Primitive(TypeDefPrimitive.U8), metadata.Types.Find(array.Type)!.Type.Definition);
        Assert.Equal("frame_system::AccountInfo", metadata.Types.Find(map.Value)!.Type.PathString);
    }

    [Fact]
    public void V14_extrinsic_is_version_4_with_Kusamas_signed_extensions_in_order()
    {
        var metadata = DecodeV14();

        Assert.Equal(4, metadata.Extrinsic.Version);
        Assert.Equal(KusamaSignedExtensions, Identifiers(metadata.Extrinsic.SignedExtensions));
        Assert.Equal(
            "sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic",
            metadata.Types.Find(metadata.Extrinsic.Type)!.Type.PathString);
    }

    [Fact]
    public void V15_extrinsic_is_version_4_with_Kusamas_signed_extensions_and_types()
    {
        var metadata = DecodeV15();
        var extrinsic = metadata.Extrinsic;

        Assert.Equal(4, extrinsic.Version);
        Assert.Equal(KusamaSignedExtensions, Identifiers(extrinsic.SignedExtensions));
        Assert.Equal("sp_runtime::multiaddress::MultiAddress", metadata.Types.Find(extrinsic.AddressType)!.Type.PathString);
        Assert.Equal("sp_runtime::MultiSignature", metadata.Types.Find(extrinsic.SignatureType)!.Type.PathString);
        Assert.Equal(extrinsic.CallType, metadata.OuterEnums.CallEnumType);
    }

    [Fact]
    public void V15_lists_the_Core_and_Metadata_runtime_apis()
    {
        var metadata = DecodeV15();

        var core = metadata.FindApi("Core");
        var meta = metadata.FindApi("Metadata");
        Assert.NotNull(core);
        Assert.NotNull(meta);
        Assert.Equal(["version", "execute_block", "initialize_block"], MethodNames(core));
        var atVersion = Single(meta.Methods, "metadata_at_version");
        var input = Assert.Single(atVersion.Inputs);
        Assert.Equal("version", input.Name);
        Assert.Equal(new TypeDef.Primitive(TypeDefPrimitive.U32), metadata.Types.Find(input.Type)!.Type.Definition);
    }

    [Fact]
    public void V15_outer_enums_are_the_runtime_call_event_and_error()
    {
        var metadata = DecodeV15();

        Assert.Equal("staging_kusama_runtime::RuntimeCall", metadata.Types.Find(metadata.OuterEnums.CallEnumType)!.Type.PathString);
        Assert.Equal("staging_kusama_runtime::RuntimeEvent", metadata.Types.Find(metadata.OuterEnums.EventEnumType)!.Type.PathString);
        Assert.Equal("staging_kusama_runtime::RuntimeError", metadata.Types.Find(metadata.OuterEnums.ErrorEnumType)!.Type.PathString);
        Assert.Empty(metadata.Custom.Map);
    }

    [Fact]
    public void V15_pallets_carry_docs_and_V14_pallets_none()
    {
        // In Kusama only ParachainsOrigin has pallet docs (4 lines, as polkadot-js's kusama-json.json shows).
        var v15 = DecodeV15().FindPallet("ParachainsOrigin")!;
        Assert.Equal(50, v15.Index);
        Assert.Equal(4, v15.Docs.Count);
        Assert.StartsWith(" There is no way to register an origin type in `construct_runtime`", v15.Docs[0]);
        Assert.Empty(DecodeV14().FindPallet("ParachainsOrigin")!.Docs);
    }

    [Fact]
    public void Encoding_a_pallet_with_docs_as_V14_is_refused()
    {
        var v15 = DecodeV15();
        var v14 = new RuntimeMetadataV14(v15.Types, v15.Pallets, new ExtrinsicMetadataV14(0, 4, []), v15.Type);

        Assert.Throws<ArgumentException>(() => new RuntimeMetadataPrefixed(v14).Encode());
    }

    [Fact]
    public void Decode_rejects_a_wrong_magic()
    {
        byte[] blob = (byte[])KusamaMetadata.V15.Clone();
        blob[0] = 0x6e;

        var error = Assert.Throws<ScaleDecodeException>(() => RuntimeMetadataPrefixed.Decode(blob));
        Assert.Contains("magic", error.Message);
        Assert.Equal(0, error.Offset);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(16)]
    public void Decode_rejects_an_unsupported_version(byte version)
    {
        byte[] blob = (byte[])KusamaMetadata.V15.Clone();
        blob[4] = version;

        var error = Assert.Throws<ScaleDecodeException>(() => RuntimeMetadataPrefixed.Decode(blob));
        Assert.Contains($"unsupported metadata version {version}", error.Message);
        Assert.Equal(4, error.Offset);
    }

    [Fact]
    public void Decode_rejects_trailing_bytes()
    {
        byte[] blob = [.. KusamaMetadata.V14, 0x00];

        Assert.Throws<ScaleDecodeException>(() => RuntimeMetadataPrefixed.Decode(blob));
    }

    private static string[] Identifiers(IReadOnlyList<SignedExtensionMetadata> extensions)
    {
        var names = new string[extensions.Count];
        for (int i = 0; i < names.Length; i++)
            names[i] = extensions[i].Identifier;
        return names;
    }

    private static string[] MethodNames(RuntimeApiMetadata api)
    {
        var names = new string[api.Methods.Count];
        for (int i = 0; i < names.Length; i++)
            names[i] = api.Methods[i].Name;
        return names;
    }

    private static Variant Single(IReadOnlyList<Variant> variants, string name)
    {
        foreach (var variant in variants)
        {
            if (variant.Name == name)
                return variant;
        }
        throw new KeyNotFoundException($"no variant {name}");
    }

    private static RuntimeApiMethodMetadata Single(IReadOnlyList<RuntimeApiMethodMetadata> methods, string name)
    {
        foreach (var method in methods)
        {
            if (method.Name == name)
                return method;
        }
        throw new KeyNotFoundException($"no method {name}");
    }
}
