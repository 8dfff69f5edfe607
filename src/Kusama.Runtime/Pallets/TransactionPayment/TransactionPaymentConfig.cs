namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment's configuration.</summary>
/// <param name="OperationalFeeMultiplier">An Operational call's virtual tip, as a multiple of its final fee (Kusama: 5).</param>
public sealed record TransactionPaymentConfig(byte OperationalFeeMultiplier)
{
    /// <summary>Kusama's configuration.</summary>
    public static TransactionPaymentConfig Kusama { get; } = new(KusamaFees.OperationalFeeMultiplier);
}
