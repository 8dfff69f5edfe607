using Kusama.Core;
using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using static Kusama.Frame.Metadata.Building.TypeRegistry;

namespace Kusama.Runtime.Pallets.TransactionPayment;

// Derived from TransactionPaymentPallet's declarations: storage in TransactionPaymentPallet.cs, events in
// TransactionPaymentEvent.cs, constants in TransactionPaymentConfig.cs. The pallet has no calls and no errors.
public sealed partial class TransactionPaymentPallet
{
    /// <summary><c>pallet_transaction_payment::pallet::Event&lt;T&gt;</c>: one variant per <see cref="TransactionPaymentEvent"/> record.</summary>
    public static uint EventType(TypeRegistry types)
    {
        uint balance = types.U128();
        return types.Variant(
            ["pallet_transaction_payment", "pallet", "Event"],
            [Param("T", null)],
            [
                VariantOf("TransactionFeePaid", 0,
                    [Named("who", types.AccountId32(), "T::AccountId"), Named("actual_fee", balance, "BalanceOf<T>"), Named("tip", balance, "BalanceOf<T>")],
                    ["A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee, has been paid by `who`."]),
            ],
            ["The `Event` enum of this pallet"]);
    }

    /// <summary>The pallet's metadata: storage, events and constants (from <paramref name="config"/>).</summary>
    public static PalletMetadata Metadata(TypeRegistry types, RuntimeTypeIds runtime, TransactionPaymentConfig config, byte index = KusamaRuntime.TransactionPaymentIndex)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);
        var storage = new PalletStorageMetadata("TransactionPayment",
        [
            new("NextFeeMultiplier", StorageEntryModifier.Default, new StorageEntryType.Plain(types.FixedU128()),
                ScaleCodec.Encode<FixedU128, FixedU128Codec>(KusamaFees.NextFeeMultiplierDefault),
                ["The fee multiplier for the next block (`FixedU128`, 1 at genesis)."]),
            new("StorageVersion", StorageEntryModifier.Default, new StorageEntryType.Plain(TransactionPaymentTypes.Releases(types)),
                ScaleCodec.Encode<Releases, ReleasesCodec>(Releases.V1Ancient), ["The storage layout version."]),
        ]);
        PalletConstantMetadata[] constants =
        [
            new("OperationalFeeMultiplier", types.U8(), ScaleCodec.Encode<byte, U8Codec>(config.OperationalFeeMultiplier),
                ["An Operational call's virtual tip, as a multiple of its final fee (Kusama: 5)."]),
        ];
        return new PalletMetadata("TransactionPayment", storage, null, EventType(types), constants, null, index,
            ["pallet_transaction_payment: the fee multiplier that follows block fullness, fee queries, and the `TransactionFeePaid` event."]);
    }
}
