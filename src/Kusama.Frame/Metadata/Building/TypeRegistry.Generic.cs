namespace Kusama.Frame.Metadata.Building;

// sp_runtime::generic, frame_system and sp_version types, shaped as in Kusama's metadata (spec 1_003_000).
public sealed partial class TypeRegistry
{
    // Era has 256 variants; building it once per registry is enough.
    private static readonly object EraKey = new();

    /// <summary>
    /// <c>sp_runtime::generic::era::Era</c> as scale-info derives it: <c>Immortal</c> 0, then <c>Mortal1..Mortal255(u8)</c>
    /// at indices 1..255 (the first byte of a mortal era doubles as the variant index).
    /// </summary>
    public uint Era() => GetOrAdd(EraKey, static types =>
    {
        uint u8 = types.U8();
        var variants = new Variant[256];
        variants[0] = VariantOf("Immortal", 0);
        for (int i = 1; i < variants.Length; i++)
            variants[i] = VariantOf("Mortal" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (byte)i, Unnamed(u8));
        return new TypeDefinition(["sp_runtime", "generic", "era", "Era"], [], new TypeDef.Variant(variants), []);
    });

    /// <summary><c>sp_runtime::generic::header::Header&lt;u32, BlakeTwo256&gt;</c>; scale-info skips the hasher param.</summary>
    public uint Header()
    {
        uint u32 = U32();
        uint hash = H256();
        return Composite(
            ["sp_runtime", "generic", "header", "Header"],
            [Param("Number", u32), Param("Hash", null)],
            [
                Named("parent_hash", hash, "Hash::Output"),
                Named("number", Compact(u32), "Number"),
                Named("state_root", hash, "Hash::Output"),
                Named("extrinsics_root", hash, "Hash::Output"),
                Named("digest", Digest(), "Digest"),
            ]);
    }

    /// <summary><c>sp_runtime::generic::digest::Digest</c>: <c>logs: Vec&lt;DigestItem&gt;</c>.</summary>
    public uint Digest() => Composite(
        ["sp_runtime", "generic", "digest", "Digest"],
        [],
        [Named("logs", Sequence(DigestItem()), "Vec<DigestItem>")]);

    /// <summary><c>sp_runtime::generic::digest::DigestItem</c>, variants in Kusama's order (PreRuntime 6, Consensus 4, Seal 5, Other 0, RuntimeEnvironmentUpdated 8).</summary>
    public uint DigestItem()
    {
        uint engine = ByteArray(4);
        uint bytes = Bytes();
        return Variant(
            ["sp_runtime", "generic", "digest", "DigestItem"],
            [],
            [
                VariantOf("PreRuntime", 6, Unnamed(engine, "ConsensusEngineId"), Unnamed(bytes, "Vec<u8>")),
                VariantOf("Consensus", 4, Unnamed(engine, "ConsensusEngineId"), Unnamed(bytes, "Vec<u8>")),
                VariantOf("Seal", 5, Unnamed(engine, "ConsensusEngineId"), Unnamed(bytes, "Vec<u8>")),
                VariantOf("Other", 0, Unnamed(bytes, "Vec<u8>")),
                VariantOf("RuntimeEnvironmentUpdated", 8),
            ]);
    }

    /// <summary><c>frame_system::Phase</c>: ApplyExtrinsic(u32), Finalization, Initialization.</summary>
    public uint Phase() => Variant(
        ["frame_system", "Phase"],
        [],
        [VariantOf("ApplyExtrinsic", 0, Unnamed(U32(), "u32")), VariantOf("Finalization", 1), VariantOf("Initialization", 2)]);

    /// <summary><c>frame_system::EventRecord&lt;RuntimeEvent, H256&gt;</c>: phase, event, topics.</summary>
    public uint EventRecord(uint runtimeEvent)
    {
        uint hash = H256();
        return Composite(
            ["frame_system", "EventRecord"],
            [Param("E", runtimeEvent), Param("T", hash)],
            [Named("phase", Phase(), "Phase"), Named("event", runtimeEvent, "E"), Named("topics", Sequence(hash), "Vec<T>")]);
    }

    /// <summary><c>sp_version::RuntimeVersion</c> (the <c>System.Version</c> constant and <c>Core_version</c>'s output).</summary>
    public uint RuntimeVersion()
    {
        uint str = Str();
        uint u32 = U32();
        uint apis = Cow(Sequence(Tuple(ByteArray(8), u32)));
        return Composite(
            ["sp_version", "RuntimeVersion"],
            [],
            [
                Named("spec_name", str, "RuntimeString"),
                Named("impl_name", str, "RuntimeString"),
                Named("authoring_version", u32, "u32"),
                Named("spec_version", u32, "u32"),
                Named("impl_version", u32, "u32"),
                Named("apis", apis, "ApisVec"),
                Named("transaction_version", u32, "u32"),
                Named("state_version", U8(), "u8"),
            ]);
    }

    /// <summary>
    /// <c>sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic&lt;Address, Call, Signature, Extra&gt;</c>: its
    /// params say what is inside, its one field is the opaque <c>Vec&lt;u8&gt;</c> it encodes as.
    /// </summary>
    public uint UncheckedExtrinsic(uint address, uint call, uint signature, uint extra) => Composite(
        ["sp_runtime", "generic", "unchecked_extrinsic", "UncheckedExtrinsic"],
        [Param("Address", address), Param("Call", call), Param("Signature", signature), Param("Extra", extra)],
        [Unnamed(Bytes())]);

    /// <summary><c>sp_runtime::generic::block::Block&lt;Header, Extrinsic&gt;</c>: header and extrinsics.</summary>
    public uint Block(uint header, uint extrinsic) => Composite(
        ["sp_runtime", "generic", "block", "Block"],
        [Param("Header", header), Param("Extrinsic", extrinsic)],
        [Named("header", header, "Header"), Named("extrinsics", Sequence(extrinsic), "Vec<Extrinsic>")]);

    /// <summary><c>sp_runtime::traits::BlakeTwo256</c>: the unit struct naming the hasher.</summary>
    public uint BlakeTwo256() => Composite(["sp_runtime", "traits", "BlakeTwo256"], [], []);

    /// <summary>The <c>Runtime</c> unit struct at <c>{runtimeCrate}::Runtime</c> (metadata's top-level <c>ty</c>).</summary>
    public uint RuntimeStruct(string runtimeCrate) => Composite([runtimeCrate, "Runtime"], [], []);
}
