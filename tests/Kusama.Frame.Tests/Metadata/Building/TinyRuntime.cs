using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Frame.Storage;

namespace Kusama.Frame.Tests.Metadata.Building;

/// <summary>A small runtime's metadata built through the builder: System, Balances and Utility (whose batch holds RuntimeCalls).</summary>
public static class TinyRuntime
{
    public const string Crate = "staging_kusama_runtime";

    public static RuntimeMetadataBuilder Build()
    {
        var types = new TypeRegistry();
        var builder = new RuntimeMetadataBuilder(types);
        var callKey = new object();
        uint systemCall = 0, balancesCall = 0, utilityCall = 0;

        uint runtimeCall = types.GetOrAdd(callKey, t =>
        {
            systemCall = t.Variant(["frame_system", "pallet", "Call"], [TypeRegistry.Param("T", null)],
                [TypeRegistry.VariantOf("remark", 0, TypeRegistry.Named("remark", t.Bytes(), "Vec<u8>"))]);
            balancesCall = t.Variant(["pallet_balances", "pallet", "Call"], [TypeRegistry.Param("T", null), TypeRegistry.Param("I", null)],
                [TypeRegistry.VariantOf("transfer_keep_alive", 3,
                    TypeRegistry.Named("dest", t.MultiAddress(), "AccountIdLookupOf<T>"),
                    TypeRegistry.Named("value", t.Compact(t.U128()), "T::Balance"))]);
            uint self = t.GetOrAdd(callKey, _ => throw new InvalidOperationException("RuntimeCall built twice"));
            utilityCall = t.Variant(["pallet_utility", "pallet", "Call"], [TypeRegistry.Param("T", null)],
                [TypeRegistry.VariantOf("batch", 0, TypeRegistry.Named("calls", t.Sequence(self), "Vec<<T as Config>::RuntimeCall>"))]);
            return new TypeDefinition([Crate, "RuntimeCall"], [], new TypeDef.Variant(
            [
                TypeRegistry.VariantOf("System", 0, TypeRegistry.Unnamed(systemCall, RuntimeMetadataBuilder.CallTypeName("System"))),
                TypeRegistry.VariantOf("Balances", 4, TypeRegistry.Unnamed(balancesCall, RuntimeMetadataBuilder.CallTypeName("Balances"))),
                TypeRegistry.VariantOf("Utility", 24, TypeRegistry.Unnamed(utilityCall, RuntimeMetadataBuilder.CallTypeName("Utility"))),
            ]), []);
        });

        uint systemEvent = types.Variant(["frame_system", "pallet", "Event"], [TypeRegistry.Param("T", null)],
            [TypeRegistry.VariantOf("ExtrinsicSuccess", 0, TypeRegistry.Named("dispatch_info", types.DispatchInfo(), "DispatchInfo"))]);
        uint systemError = types.Variant(["frame_system", "pallet", "Error"], [TypeRegistry.Param("T", null)], TypeRegistry.UnitVariants("InvalidSpecName"));
        uint balancesError = types.Variant(["pallet_balances", "pallet", "Error"], [TypeRegistry.Param("T", null), TypeRegistry.Param("I", null)],
            TypeRegistry.UnitVariants("VestingBalance", "LiquidityRestrictions", "InsufficientBalance"));
        uint runtimeEvent = types.Variant([Crate, "RuntimeEvent"], [], [TypeRegistry.VariantOf("System", 0, TypeRegistry.Unnamed(systemEvent, "frame_system::Event<Runtime>"))]);

        builder.AddPallet(new PalletMetadata(
            "System",
            new PalletStorageMetadata("System",
            [
                new StorageEntryMetadata("Events", StorageEntryModifier.Default, new StorageEntryType.Plain(types.Sequence(types.EventRecord(runtimeEvent))), [0], ["Events deposited for the current block."]),
                new StorageEntryMetadata("Number", StorageEntryModifier.Default, new StorageEntryType.Plain(types.U32()), [0, 0, 0, 0], []),
            ]),
            systemCall, systemEvent,
            [new PalletConstantMetadata("SS58Prefix", types.U16(), [2, 0], [])],
            systemError, 0, ["Low-level operations."]));
        builder.AddPallet(new PalletMetadata("Balances", null, balancesCall, null, [], balancesError, 4, []));
        builder.AddPallet(new PalletMetadata("Utility", null, utilityCall, null, [], null, 24, []));

        builder.SetExtrinsic(types.MultiAddress(), runtimeCall, types.MultiSignature(), types.KusamaSignedExtensions());
        builder.SetRuntimeType(types.RuntimeStruct(Crate));
        builder.SetOuterEnums(runtimeCall, runtimeEvent, builder.RegisterRuntimeError(Crate));
        builder.AddApi(new RuntimeApiMetadata("Core",
            [new RuntimeApiMethodMetadata("version", [], types.RuntimeVersion(), ["Returns the version of the runtime."])], []));
        builder.AddApi(new RuntimeApiMetadata("Metadata",
            [new RuntimeApiMethodMetadata("metadata_at_version", [new RuntimeApiMethodParamMetadata("version", types.U32())], types.Option(types.OpaqueMetadata()), [])], []));
        return builder;
    }
}
