using Kusama.Core;
using Kusama.Frame.Transactions;

namespace Kusama.Frame.RuntimeApis;

/// <summary>FRAME's <c>ValidateUnsigned</c>: how a pallet admits unsigned transactions of its calls into the pool and into blocks.</summary>
public interface IValidateUnsigned<TCall> where TCall : class
{
    /// <summary>
    /// <c>validate_unsigned</c>: the validity of <paramref name="call"/> sent unsigned, or null when this pallet does not
    /// own the call (the runtime then answers <see cref="UnknownTransaction.NoUnsignedValidator"/>).
    /// </summary>
    Result<ValidTransaction, TransactionValidityError>? ValidateUnsigned(TransactionSource source, TCall call);

    /// <summary><c>pre_dispatch</c>: the check repeated when the call is applied in a block (validation as <see cref="TransactionSource.InBlock"/>).</summary>
    TransactionValidityError? PreDispatch(TCall call) =>
        ValidateUnsigned(TransactionSource.InBlock, call) is { IsErr: true } invalid ? invalid.ErrValue : null;
}
