using Kusama.Core;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment weights: Kusama's v1.7.1 values (<c>relay/kusama/src/weights/pallet_transaction_payment.rs</c>).</summary>
public static class TransactionPaymentWeights
{
    /// <summary>The ChargeTransactionPayment extension itself (1 read, 1 write of the payer's account).</summary>
    public static Weight ChargeTransactionPayment() =>
        Weight.FromParts(105_200_000, 3_593).SaturatingAdd(RuntimeDbWeight.RocksDb.ReadsWrites(1, 1));
}
