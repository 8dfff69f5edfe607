using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Runtime.Pallets.Utility;
using Kusama.Scale;
using static Kusama.Frame.Metadata.Building.TypeRegistry;

namespace Kusama.Runtime;

// The runtime's metadata (construct_runtime!'s metadata() and impl_runtime_apis!'s Metadata API): outer enums at Kusama's
// paths, the pallets in Kusama's declaration order, the extrinsic format, and (V15) the runtime APIs this runtime serves.
public sealed partial class KusamaRuntime
{
    /// <summary>The crate name Kusama's runtime types carry in their paths.</summary>
    public const string RuntimeCrate = "staging_kusama_runtime";

    private static readonly Lazy<byte[]> MetadataV14 = new(() => RuntimeMetadataBuilder.Encode(BuildMetadata(withApis: false).BuildV14()));
    private static readonly Lazy<byte[]> MetadataV15 = new(() => RuntimeMetadataBuilder.Encode(BuildMetadata(withApis: true).BuildV15()));

    /// <summary>The metadata versions this runtime serves (<c>Metadata_metadata_versions</c>).</summary>
    public static IReadOnlyList<uint> MetadataVersions { get; } = [14, 15];

    /// <summary>The <c>RuntimeMetadataPrefixed</c> bytes of metadata V14 or V15, built once per version; callers must not modify them.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is neither 14 nor 15.</exception>
    public static byte[] Metadata(byte version) => version switch
    {
        14 => MetadataV14.Value,
        15 => MetadataV15.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "metadata versions 14 and 15 are supported"),
    };

    /// <summary><c>Metadata_metadata</c>'s output: <c>OpaqueMetadata</c> (compact length, then the V14 bytes), as Substrate returns V14 there.</summary>
    public static byte[] MetadataApiMetadata() => LengthPrefixed(Metadata(14), prefix: []);

    /// <summary><c>Metadata_metadata_at_version</c>'s output: <c>Option&lt;OpaqueMetadata&gt;</c>, None for a version not served.</summary>
    public static byte[] MetadataApiMetadataAtVersion(uint version) =>
        version is 14 or 15 ? LengthPrefixed(Metadata((byte)version), prefix: [1]) : [0];

    /// <summary><c>Metadata_metadata_versions</c>'s output: <c>Vec&lt;u32&gt;</c>.</summary>
    public static byte[] MetadataApiMetadataVersions()
    {
        var bytes = new byte[1 + 4 * MetadataVersions.Count];
        bytes[0] = (byte)(MetadataVersions.Count << 2);
        for (int i = 0; i < MetadataVersions.Count; i++)
            global::System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1 + 4 * i), MetadataVersions[i]);
        return bytes;
    }

    /// <summary>Assembles the whole runtime's metadata; <paramref name="withApis"/> adds V15's runtime APIs (V14 has no place for them).</summary>
    public static RuntimeMetadataBuilder BuildMetadata(bool withApis)
    {
        var types = new TypeRegistry();
        var builder = new RuntimeMetadataBuilder(types);
        var config = RuntimeConfig.Kusama;

        uint originCaller = OriginCallerType(types);
        // RuntimeCall contains itself through Utility's calls: inside its build, RuntimeCallType returns the id reserved for it.
        var callKey = new object();
        uint RuntimeCallType(TypeRegistry t) => t.GetOrAdd(callKey, t => new TypeDefinition([RuntimeCrate, "RuntimeCall"], [], new TypeDef.Variant(
        [
            CallVariant(t, "System", SystemIndex, SystemPallet.CallType(t)),
            CallVariant(t, "Timestamp", TimestampIndex, TimestampPallet.CallType(t)),
            CallVariant(t, "Balances", BalancesIndex, BalancesPallet.CallType(t)),
            CallVariant(t, "Utility", UtilityIndex, UtilityPallet.CallType(t, RuntimeCallType(t), originCaller)),
        ]), []));
        uint call = RuntimeCallType(types);
        uint @event = types.Variant([RuntimeCrate, "RuntimeEvent"], [],
        [
            EventVariant(builder, "System", SystemIndex, SystemPallet.EventType(types)),
            EventVariant(builder, "Balances", BalancesIndex, BalancesPallet.EventType(types)),
            EventVariant(builder, "TransactionPayment", TransactionPaymentIndex, TransactionPaymentPallet.EventType(types)),
            EventVariant(builder, "Utility", UtilityIndex, UtilityPallet.EventType(types)),
        ]);
        var runtime = new RuntimeTypeIds(call, @event, originCaller);

        // Kusama's construct_runtime! order (System, Timestamp, Balances, TransactionPayment, ..., Utility), not index order.
        builder.AddPallet(SystemPallet.Metadata(types, runtime, config.System, SystemIndex));
        builder.AddPallet(TimestampPallet.Metadata(types, runtime, config.Timestamp, TimestampIndex));
        builder.AddPallet(BalancesPallet.Metadata(types, runtime, config.Balances, BalancesIndex));
        builder.AddPallet(TransactionPaymentPallet.Metadata(types, runtime, config.TransactionPayment, TransactionPaymentIndex));
        builder.AddPallet(UtilityPallet.Metadata(types, runtime, config.Utility, UtilityIndex));

        builder.SetExtrinsic(types.MultiAddress(), call, types.MultiSignature(), types.KusamaSignedExtensions());
        builder.SetRuntimeType(types.RuntimeStruct(RuntimeCrate));
        builder.SetOuterEnums(call, @event, builder.RegisterRuntimeError(RuntimeCrate));
        if (withApis)
            AddApis(builder, call);
        return builder;
    }

    private static Variant CallVariant(TypeRegistry types, string pallet, byte index, uint palletCall) =>
        VariantOf(pallet, index, Unnamed(palletCall, RuntimeMetadataBuilder.CallTypeName(pallet)));

    private static Variant EventVariant(RuntimeMetadataBuilder builder, string pallet, byte index, uint palletEvent) =>
        VariantOf(pallet, index, Unnamed(palletEvent, builder.OuterTypeName(palletEvent, "Event")));

    // construct_runtime! adds a Void variant after the pallets' origins so the enum is never empty; Kusama has it at 4.
    private static uint OriginCallerType(TypeRegistry types) => types.Variant([RuntimeCrate, "OriginCaller"], [],
    [
        VariantOf("system", SystemIndex, Unnamed(types.RawOrigin(types.AccountId32()), "frame_system::Origin<Runtime>")),
        VariantOf("Void", 4, Unnamed(types.Void(), "self::sp_api_hidden_includes_construct_runtime::hidden_include::\n__private::Void")),
    ]);

    private static void AddApis(RuntimeMetadataBuilder builder, uint call)
    {
        var types = builder.Types;
        uint extrinsic = builder.UncheckedExtrinsicType;
        uint header = types.Header();
        uint block = types.Block(header, extrinsic);
        uint u32 = types.U32();
        uint u128 = types.U128();
        uint weight = types.Weight();
        uint inherentData = types.InherentData();
        uint str = types.Str();

        builder.AddApi(new RuntimeApiMetadata("Core",
        [
            Method("version", [], types.RuntimeVersion(), " Returns the version of the runtime."),
            Method("execute_block", [Input("block", block)], types.Unit(), " Execute the given block."),
            Method("initialize_block", [Input("header", header)], types.ExtrinsicInclusionMode(),
                " Initialize a block with the given header and return the runtime executive mode."),
        ], [" The `Core` runtime api that every Substrate runtime needs to implement."]));

        uint opaque = types.OpaqueMetadata();
        builder.AddApi(new RuntimeApiMetadata("Metadata",
        [
            Method("metadata", [], opaque, " Returns the metadata of a runtime."),
            Method("metadata_at_version", [Input("version", u32)], types.Option(opaque),
                " Returns the metadata at a given version.", "",
                " If the given `version` isn't supported, this will return `None`.",
                " Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime."),
            Method("metadata_versions", [], types.Sequence(u32),
                " Returns the supported metadata versions.", "", " This can be used to call `metadata_at_version`."),
        ], [" The `Metadata` api trait that returns metadata for the runtime."]));

        builder.AddApi(new RuntimeApiMetadata("BlockBuilder",
        [
            Method("apply_extrinsic", [Input("extrinsic", extrinsic)], types.ApplyExtrinsicResult(),
                " Apply the given extrinsic.", "",
                " Returns an inclusion outcome which specifies if this extrinsic is included in",
                " this block or not."),
            Method("finalize_block", [], header, " Finish the current block."),
            Method("inherent_extrinsics", [Input("inherent", inherentData)], types.Sequence(extrinsic),
                " Generate inherent extrinsics. The inherent data will vary from chain to chain."),
            Method("check_inherents", [Input("block", block), Input("data", inherentData)], types.CheckInherentsResult(),
                " Check that the inherents are valid. The inherent data will vary from chain to chain."),
        ], [" The `BlockBuilder` api trait that provides the required functionality for building a block."]));

        builder.AddApi(new RuntimeApiMetadata("TaggedTransactionQueue",
        [
            Method("validate_transaction",
                [Input("source", types.TransactionSource()), Input("tx", extrinsic), Input("block_hash", types.H256())],
                types.TransactionValidity(),
                " Validate the transaction.", "",
                " This method is invoked by the transaction pool to learn details about given transaction.",
                " The implementation should make sure to verify the correctness of the transaction",
                " against current state. The given `block_hash` corresponds to the hash of the block",
                " that is used as current state.", "",
                " Note that this call may be performed by the pool multiple times and transactions",
                " might be verified in any possible order."),
        ], [" The `TaggedTransactionQueue` api trait for interfering with the transaction queue."]));

        builder.AddApi(new RuntimeApiMetadata("AccountNonceApi",
        [
            Method("account_nonce", [Input("account", types.AccountId32())], u32, " Get current account nonce of given `AccountId`."),
        ], [" The API to query account nonce."]));

        uint dispatchInfo = types.RuntimeDispatchInfo();
        uint feeDetails = types.FeeDetails();
        builder.AddApi(new RuntimeApiMetadata("TransactionPaymentApi",
        [
            Method("query_info", [Input("uxt", extrinsic), Input("len", u32)], dispatchInfo),
            Method("query_fee_details", [Input("uxt", extrinsic), Input("len", u32)], feeDetails),
            Method("query_weight_to_fee", [Input("weight", weight)], u128),
            Method("query_length_to_fee", [Input("length", u32)], u128),
        ], []));

        builder.AddApi(new RuntimeApiMetadata("TransactionPaymentCallApi",
        [
            Method("query_call_info", [Input("call", call), Input("len", u32)], dispatchInfo,
                " Query information of a dispatch class, weight, and fee of a given encoded `Call`."),
            Method("query_call_fee_details", [Input("call", call), Input("len", u32)], feeDetails,
                " Query fee details of a given encoded `Call`."),
            Method("query_weight_to_fee", [Input("weight", weight)], u128, " Query the output of the current `WeightToFee` given some input."),
            Method("query_length_to_fee", [Input("length", u32)], u128, " Query the output of the current `LengthToFee` given some input."),
        ], []));

        builder.AddApi(new RuntimeApiMetadata("GenesisBuilder",
        [
            Method("build_state", [Input("json", types.Bytes())], types.Result(types.Unit(), str),
                " Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the",
                " storage."),
            Method("get_preset", [Input("id", types.Option(str))], types.Option(types.Bytes()),
                " Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by",
                " `id`."),
            Method("preset_names", [], types.Sequence(str),
                " Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets."),
        ], [" API to interact with `RuntimeGenesisConfig` for the runtime"]));
    }

    private static RuntimeApiMethodMetadata Method(string name, RuntimeApiMethodParamMetadata[] inputs, uint output, params string[] docs) =>
        new(name, inputs, output, docs);

    private static RuntimeApiMethodParamMetadata Input(string name, uint type) => new(name, type);

    private static byte[] LengthPrefixed(byte[] payload, ReadOnlySpan<byte> prefix)
    {
        int lengthSize = ScaleWriter.CompactSize((uint)payload.Length);
        var bytes = new byte[prefix.Length + lengthSize + payload.Length];
        prefix.CopyTo(bytes);
        var writer = new SpanScaleWriter(bytes.AsSpan(prefix.Length, lengthSize));
        ScaleWriter.WriteCompact(ref writer, (uint)payload.Length);
        payload.CopyTo(bytes.AsSpan(prefix.Length + lengthSize));
        return bytes;
    }
}
