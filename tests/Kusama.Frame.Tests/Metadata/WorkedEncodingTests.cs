using Kusama.Core;
using Kusama.Frame.Metadata;
using Kusama.Scale;
using Kusama.Frame.Storage;

namespace Kusama.Frame.Tests.Metadata;

/// <summary>The worked encodings of client-interop.md §3.7, checked there against polkadot-js.</summary>
public class WorkedEncodingTests
{
    [Fact]
    public void U8_as_type_0_decodes_to_an_unnamed_primitive()
    {
        var type = RoundTrip<PortableType>("0x000000050300");

        Assert.Equal(0u, type.Id);
        Assert.Empty(type.Type.Path);
        Assert.Empty(type.Type.TypeParameters);
        Assert.Equal(new TypeDef.Primitive(TypeDefPrimitive.U8), type.Type.Definition);
    }

    [Fact]
    public void U8_array_of_32_as_type_5_decodes_to_an_array()
    {
        var type = RoundTrip<PortableType>("0x1400000320000000" + "0000");

        Assert.Equal(5u, type.Id);
        Assert.Equal(new TypeDef.Array(32, 0), type.Type.Definition);
    }

    [Fact]
    public void Vec_u8_as_type_9_decodes_to_a_sequence_of_type_0()
    {
        var type = RoundTrip<PortableType>("0x240000020000");

        Assert.Equal(9u, type.Id);
        Assert.Equal(new TypeDef.Sequence(0), type.Type.Definition);
    }

    [Fact]
    public void Compact_u128_as_type_13_decodes_to_a_compact_of_type_4()
    {
        var type = RoundTrip<PortableType>("0x340000061000");

        Assert.Equal(13u, type.Id);
        Assert.Equal(new TypeDef.Compact(4), type.Type.Definition);
    }

    [Fact]
    public void The_unit_tuple_decodes_to_an_empty_tuple()
    {
        var type = RoundTrip<PortableType>("0x280000040000");

        Assert.Empty(Assert.IsType<TypeDef.Tuple>(type.Type.Definition).Types);
    }

    [Fact]
    public void AccountId32_decodes_with_its_path_and_one_unnamed_field()
    {
        string hex = "0x38" + "0c" + "1c" + Ascii("sp_core") + "18" + Ascii("crypto") + "2c" + Ascii("AccountId32")
            + "00" + "00" + "04" + "00" + "14" + "01" + "20" + Ascii("[u8; 32]") + "00" + "00";
        var type = RoundTrip<PortableType>(hex);

        Assert.Equal(14u, type.Id);
        Assert.Equal("sp_core::crypto::AccountId32", type.Type.PathString);
        var field = Assert.Single(Assert.IsType<TypeDef.Composite>(type.Type.Definition).Fields);
        Assert.Null(field.Name);
        Assert.Equal(5u, field.Type);
        Assert.Equal("[u8; 32]", field.TypeName);
    }

    [Fact]
    public void A_type_parameter_without_a_type_is_name_then_none()
    {
        var parameter = RoundTrip<TypeParameter>("0x045400");

        Assert.Equal(new TypeParameter("T", null), parameter);
    }

    [Fact]
    public void The_System_Account_storage_entry_decodes_as_a_default_map()
    {
        var entry = RoundTrip<StorageEntryMetadata>("0x1c" + Ascii("Account") + "01" + "01" + "04" + "02" + "38" + "50" + "0400" + "00");

        Assert.Equal("Account", entry.Name);
        Assert.Equal(StorageEntryModifier.Default, entry.Modifier);
        var map = Assert.IsType<StorageEntryType.Map>(entry.Type);
        Assert.Equal([StorageHasher.Blake2_128Concat], map.Hashers);
        Assert.Equal(14u, map.Key);
        Assert.Equal(20u, map.Value);
        Assert.Equal([0x00], entry.Default);
    }

    [Fact]
    public void A_signed_extension_decodes_as_identifier_type_and_additional_signed()
    {
        var extension = RoundTrip<SignedExtensionMetadata>("0x28" + Ascii("CheckNonce") + "c8" + "28");

        Assert.Equal(new SignedExtensionMetadata("CheckNonce", 50, 10), extension);
    }

    [Fact]
    public void A_constant_decodes_with_its_value_bytes()
    {
        var constant = RoundTrip<PalletConstantMetadata>("0x28" + Ascii("SS58Prefix") + "0c" + "08" + "0200" + "00");

        Assert.Equal("SS58Prefix", constant.Name);
        Assert.Equal(3u, constant.Type);
        Assert.Equal([0x02, 0x00], constant.Value);
    }

    [Theory]
    [InlineData("0x000000050f00", "TypeDefPrimitive tag 15")]
    [InlineData("0x000000080000", "TypeDef variant index 8")]
    [InlineData("0x000004045402", "Option tag 0x02")]
    public void Unknown_tags_are_rejected_with_a_message_naming_them(string hex, string message)
    {
        var error = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<PortableType>(Hex.Decode(hex)));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_unknown_storage_hasher_is_rejected()
    {
        var error = Assert.Throws<ScaleDecodeException>(() =>
            ScaleCodec.Decode<StorageEntryMetadata>(Hex.Decode("0x04" + "41" + "01" + "01" + "04" + "07" + "00" + "00" + "00" + "00")));

        Assert.Contains("StorageHasher tag 7", error.Message);
    }

    private static T RoundTrip<T>(string hex) where T : IScaleCodec<T>
    {
        byte[] bytes = Hex.Decode(hex);
        T value = ScaleCodec.Decode<T>(bytes);
        Assert.Equal(bytes, ScaleCodec.Encode(value));
        return value;
    }

    private static string Ascii(string text) => Convert.ToHexStringLower(System.Text.Encoding.ASCII.GetBytes(text));
}
