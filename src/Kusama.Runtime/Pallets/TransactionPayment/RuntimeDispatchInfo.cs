using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>pallet_transaction_payment's <c>RuntimeDispatchInfo</c>, what <c>query_info</c> and <c>query_call_info</c> return.</summary>
/// <param name="Weight">The call's total declared weight (uncapped).</param>
/// <param name="Class">Its dispatch class.</param>
/// <param name="PartialFee">The final fee without tip: the inclusion fee, or zero for a bare extrinsic or a call that does not pay.</param>
public readonly record struct RuntimeDispatchInfo(Weight Weight, DispatchClass Class, Balance PartialFee);
