using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using static Kusama.Frame.Metadata.Building.TypeRegistry;

namespace Kusama.Runtime.Pallets.Utility;

// Derived from UtilityPallet's declarations: calls in UtilityPallet.Calls.cs, events in UtilityEvent.cs, errors in
// UtilityError.cs, constants in UtilityConfig.cs. The pallet has no storage. Its calls hold RuntimeCall and OriginCaller,
// so CallType takes their ids (RuntimeCall's may be the id reserved while RuntimeCall itself is being built).
public sealed partial class UtilityPallet
{
    /// <summary><c>pallet_utility::pallet::Call&lt;T&gt;</c>: one variant per [Call] method.</summary>
    public static uint CallType(TypeRegistry types, uint runtimeCall, uint originCaller)
    {
        uint calls = types.Sequence(runtimeCall);
        return types.Variant(
            ["pallet_utility", "pallet", "Call"],
            [Param("T", null)],
            [
                VariantOf("batch", 0, [Named("calls", calls, "Vec<<T as Config>::RuntimeCall>")], ["Send a batch of dispatch calls."]),
                VariantOf("as_derivative", 1, [Named("index", types.U16(), "u16"), Named("call", runtimeCall, "Box<<T as Config>::RuntimeCall>")],
                    ["Send a call through an indexed pseudonym of the sender."]),
                VariantOf("batch_all", 2, [Named("calls", calls, "Vec<<T as Config>::RuntimeCall>")],
                    ["Send a batch of dispatch calls and atomically execute them. The whole transaction will rollback and fail if any of the calls failed."]),
                VariantOf("dispatch_as", 3,
                    [Named("as_origin", originCaller, "Box<T::PalletsOrigin>"), Named("call", runtimeCall, "Box<<T as Config>::RuntimeCall>")],
                    ["Dispatches a function call with a provided origin."]),
                VariantOf("force_batch", 4, [Named("calls", calls, "Vec<<T as Config>::RuntimeCall>")],
                    ["Send a batch of dispatch calls. Unlike `batch`, it allows errors and won't interrupt."]),
                VariantOf("with_weight", 5, [Named("call", runtimeCall, "Box<<T as Config>::RuntimeCall>"), Named("weight", types.Weight(), "Weight")],
                    ["Dispatch a function call with a specified weight."]),
            ],
            ["Contains a variant per dispatchable extrinsic that this pallet has."]);
    }

    /// <summary><c>pallet_utility::pallet::Event</c> (not generic): one variant per <see cref="UtilityEvent"/> record.</summary>
    public static uint EventType(TypeRegistry types)
    {
        uint error = types.DispatchError();
        return types.Variant(
            ["pallet_utility", "pallet", "Event"],
            [],
            [
                VariantOf("BatchInterrupted", 0, [Named("index", types.U32(), "u32"), Named("error", error, "DispatchError")],
                    ["Batch of dispatches did not complete fully. Index of first failing dispatch given, as well as the error."]),
                VariantOf("BatchCompleted", 1, [], ["Batch of dispatches completed fully with no error."]),
                VariantOf("BatchCompletedWithErrors", 2, [], ["Batch of dispatches completed but has errors."]),
                VariantOf("ItemCompleted", 3, [], ["A single item within a Batch of dispatches has completed with no error."]),
                VariantOf("ItemFailed", 4, [Named("error", error, "DispatchError")], ["A single item within a Batch of dispatches has completed with error."]),
                VariantOf("DispatchedAs", 5, [Named("result", types.DispatchResult(), "DispatchResult")], ["A call was dispatched."]),
            ],
            ["The `Event` enum of this pallet"]);
    }

    /// <summary><c>pallet_utility::pallet::Error&lt;T&gt;</c>: one variant per <see cref="UtilityError"/> value.</summary>
    public static uint ErrorType(TypeRegistry types) => types.Variant(
        ["pallet_utility", "pallet", "Error"],
        [Param("T", null)],
        [
            VariantOf("TooManyCalls", 0, [], ["Too many calls batched."]),
        ],
        ["The `Error` enum of this pallet."]);

    /// <summary>The pallet's metadata: calls (over <paramref name="runtime"/>'s RuntimeCall and OriginCaller), events, constants (from <paramref name="config"/>) and errors.</summary>
    public static PalletMetadata Metadata(TypeRegistry types, RuntimeTypeIds runtime, UtilityConfig config, byte index = KusamaRuntime.UtilityIndex)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);
        PalletConstantMetadata[] constants =
        [
            new("batched_calls_limit", types.U32(), ScaleCodec.Encode<uint, U32Codec>(config.BatchedCallsLimit),
                ["The most calls one batch may hold (the `batched_calls_limit` constant)."]),
        ];
        return new PalletMetadata("Utility", null, CallType(types, runtime.Call, runtime.OriginCaller), EventType(types), constants, ErrorType(types), index,
            ["pallet_utility: batches of calls (batch, batch_all, force_batch), derivative accounts, and Root's dispatch_as and with_weight."]);
    }
}
