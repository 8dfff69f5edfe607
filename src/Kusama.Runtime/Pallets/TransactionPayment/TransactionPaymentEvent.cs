using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment's <c>Event</c>: each variant carries its wire index (never reorder).</summary>
public abstract partial record TransactionPaymentEvent
{
    private TransactionPaymentEvent()
    {
    }

    /// <summary>A transaction fee <c>actual_fee</c>, of which <c>tip</c> was added to the minimum inclusion fee, has been paid by <c>who</c>.</summary>
    [ScaleIndex(0)]
    public sealed record TransactionFeePaid(AccountId32 Who, Balance ActualFee, Balance Tip) : TransactionPaymentEvent;
}
