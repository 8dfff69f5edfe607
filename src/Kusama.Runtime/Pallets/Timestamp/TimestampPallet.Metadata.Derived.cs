using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using static Kusama.Frame.Metadata.Building.TypeRegistry;

namespace Kusama.Runtime.Pallets.Timestamp;

// Derived from TimestampPallet's declarations: storage in TimestampPallet.Storage.cs, calls in TimestampPallet.Calls.cs,
// constants in TimestampConfig.cs. The pallet has no events and no errors.
public sealed partial class TimestampPallet
{
    /// <summary><c>pallet_timestamp::pallet::Call&lt;T&gt;</c>: one variant per [Call] method.</summary>
    public static uint CallType(TypeRegistry types) => types.Variant(
        ["pallet_timestamp", "pallet", "Call"],
        [Param("T", null)],
        [
            VariantOf("set", 0, [Named("now", types.Compact(types.U64()), "T::Moment")], ["Set the current time."]),
        ],
        ["Contains a variant per dispatchable extrinsic that this pallet has."]);

    /// <summary>The pallet's metadata: storage, calls and constants (from <paramref name="config"/>).</summary>
    public static PalletMetadata Metadata(TypeRegistry types, RuntimeTypeIds runtime, TimestampConfig config, byte index = KusamaRuntime.TimestampIndex)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);
        uint u64 = types.U64();
        var storage = new PalletStorageMetadata("Timestamp",
        [
            new("Now", StorageEntryModifier.Default, new StorageEntryType.Plain(u64), ScaleCodec.Encode<ulong, U64Codec>(0),
                ["The current time for the current block."]),
            new("DidUpdate", StorageEntryModifier.Default, new StorageEntryType.Plain(types.Bool()), ScaleCodec.Encode<bool, BoolCodec>(false),
                ["Whether the timestamp has been updated in this block."]),
        ]);
        PalletConstantMetadata[] constants =
        [
            new("MinimumPeriod", u64, ScaleCodec.Encode<ulong, U64Codec>(config.MinimumPeriod),
                ["The least a block's timestamp must advance over the previous one, in ms (Kusama: `SLOT_DURATION / 2`)."]),
        ];
        return new PalletMetadata("Timestamp", storage, CallType(types), null, constants, null, index,
            ["pallet_timestamp: the block's timestamp, set by a mandatory inherent."]);
    }
}
