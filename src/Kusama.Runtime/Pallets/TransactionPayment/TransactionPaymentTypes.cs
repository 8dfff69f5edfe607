using Kusama.Frame.Metadata.Building;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment's value types as Kusama's metadata describes them.</summary>
public static class TransactionPaymentTypes
{
    /// <summary><c>pallet_transaction_payment::Releases</c>: V1Ancient, V2.</summary>
    public static uint Releases(TypeRegistry types) =>
        types.Variant(["pallet_transaction_payment", "Releases"], [], TypeRegistry.UnitVariants("V1Ancient", "V2"));
}
