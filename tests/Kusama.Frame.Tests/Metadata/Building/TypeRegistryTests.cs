using Kusama.Core;
using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Scale;

namespace Kusama.Frame.Tests.Metadata.Building;

public class TypeRegistryTests
{
    [Fact]
    public void Registering_an_identical_definition_twice_gives_the_same_id()
    {
        var types = new TypeRegistry();
        uint first = types.Option(types.AccountId32());
        int count = types.Count;

        uint second = types.Option(types.AccountId32());

        Assert.Equal(first, second);
        Assert.Equal(count, types.Count);
    }

    [Fact]
    public void Definitions_differing_only_in_a_type_name_get_different_ids()
    {
        var types = new TypeRegistry();
        uint u32 = types.U32();

        uint a = types.Composite(["a", "S"], [], [TypeRegistry.Named("x", u32, "u32")]);
        uint b = types.Composite(["a", "S"], [], [TypeRegistry.Named("x", u32, "T::Nonce")]);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Ids_run_from_zero_in_registration_order()
    {
        var types = new TypeRegistry();

        Assert.Equal(0u, types.U8());
        Assert.Equal(1u, types.ByteArray(32));
        Assert.Equal(2u, types.AccountId32());
        var registry = types.ToPortableRegistry();
        Assert.Equal([0u, 1u, 2u], registry.Types.Select(t => t.Id));
        Assert.Equal("sp_core::crypto::AccountId32", registry.Find(2)!.Type.PathString);
    }

    [Fact]
    public void A_keyed_type_can_contain_itself()
    {
        var types = new TypeRegistry();
        var key = new object();

        uint call = types.GetOrAdd(key, t => new TypeDefinition(
            ["test_runtime", "RuntimeCall"],
            [],
            new TypeDef.Variant([TypeRegistry.VariantOf("Utility", 1, TypeRegistry.Named("calls", t.Sequence(t.GetOrAdd(key, _ => throw new InvalidOperationException("build ran twice")))))]),
            []));

        var sequence = Assert.IsType<TypeDef.Sequence>(types[Assert.IsType<TypeDef.Variant>(types[call].Definition).Variants[0].Fields[0].Type].Definition);
        Assert.Equal(call, sequence.Type);
        Assert.Equal(call, types.GetOrAdd(key, _ => throw new InvalidOperationException("build ran again")));
        Assert.Equal(types.Count, types.ToPortableRegistry().Types.Count);
    }

    [Fact]
    public void A_keyed_type_that_does_not_refer_to_itself_is_interned()
    {
        var types = new TypeRegistry();
        uint structural = types.Weight();

        uint keyed = types.GetOrAdd("weight", t => t[t.Weight()]);

        Assert.Equal(structural, keyed);
        Assert.True(types.TryGet("weight", out uint cached));
        Assert.Equal(structural, cached);
    }

    [Fact]
    public void The_same_registrations_give_the_same_bytes()
    {
        static byte[] Build()
        {
            var types = new TypeRegistry();
            types.EventRecord(types.Unit());
            types.KusamaSignedExtensions();
            types.DispatchResultWithPostInfo();
            return ScaleCodec.Encode(types.ToPortableRegistry());
        }

        Assert.Equal(Build(), Build());
    }

    [Fact]
    public void A_definition_referring_to_an_unknown_id_is_rejected()
    {
        var types = new TypeRegistry();

        Assert.Throws<ArgumentException>(() => types.Sequence(7));
    }

    [Fact]
    public void A_recursive_type_whose_build_failed_cannot_be_exported()
    {
        var types = new TypeRegistry();
        var key = new object();

        Assert.Throws<InvalidOperationException>(() => types.GetOrAdd(key, t =>
        {
            t.Sequence(t.GetOrAdd(key, _ => throw new InvalidOperationException("unreachable")));
            throw new InvalidOperationException("build failed");
        }));
        Assert.Throws<InvalidOperationException>(() => types.ToPortableRegistry());
    }

    // The worked encodings of client-interop.md §3.7, each with the id it has there.
    [Theory]
    [InlineData("u8", 0, "000000050300")]
    [InlineData("[u8;32]", 5, "14000003200000000000")]
    [InlineData("Vec<u8>", 9, "240000020000")]
    [InlineData("()", 10, "280000040000")]
    [InlineData("Compact<u128>", 13, "340000061000")]
    public void Shapes_encode_as_client_interop_works_them(string shape, uint id, string hex)
    {
        var types = new TypeRegistry();
        uint u8 = types.U8();
        uint ours = shape switch
        {
            "u8" => u8,
            "[u8;32]" => types.Array(32, u8),
            "Vec<u8>" => types.Sequence(u8),
            "()" => types.Unit(),
            "Compact<u128>" => types.Compact(types.Primitive(TypeDefPrimitive.U128)),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
        // The document's ids refer to its own registry: u8 is 0, [u8;32] is 5, u128 is 4 (compact 0x10).
        var definition = types[ours] with
        {
            Definition = types[ours].Definition switch
            {
                TypeDef.Array a => a with { Type = 0 },
                TypeDef.Sequence s => s with { Type = 0 },
                TypeDef.Compact c => c with { Type = 4 },
                var d => d,
            },
        };

        Assert.Equal(Hex.Decode(hex), ScaleCodec.Encode(new PortableType(id, definition)));
    }

    [Fact]
    public void AccountId32_encodes_as_client_interop_works_it()
    {
        var types = new TypeRegistry();
        uint account = types.AccountId32();
        // §3.7: type 14 (0x38) with its [u8; 32] field at id 5 (0x14).
        var definition = types[account] with
        {
            Definition = new TypeDef.Composite([((TypeDef.Composite)types[account].Definition).Fields[0] with { Type = 5 }]),
        };

        byte[] expected = Hex.Decode("380c1c73705f636f72651863727970746f2c4163636f756e744964333200000400140120" + "5b75383b2033325d" + "0000");
        Assert.Equal(expected, ScaleCodec.Encode(new PortableType(14, definition)));
    }

    [Fact]
    public void Pays_encodes_its_variants_as_client_interop_works_them()
    {
        var types = new TypeRegistry();

        byte[] encoded = ScaleCodec.Encode(types[types.Pays()].Definition);

        Assert.Equal(Hex.Decode("01080c596573000000084e6f000100"), encoded);
    }

    [Fact]
    public void Era_has_Immortal_then_Mortal1_to_Mortal255_each_at_its_own_index()
    {
        var types = new TypeRegistry();

        var variants = Assert.IsType<TypeDef.Variant>(types[types.Era()].Definition).Variants;

        Assert.Equal(256, variants.Count);
        Assert.Equal(("Immortal", (byte)0, 0), (variants[0].Name, variants[0].Index, variants[0].Fields.Count));
        Assert.Equal(("Mortal255", (byte)255), (variants[255].Name, variants[255].Index));
        Assert.Equal(types.U8(), Assert.Single(variants[37].Fields).Type);
    }
}
