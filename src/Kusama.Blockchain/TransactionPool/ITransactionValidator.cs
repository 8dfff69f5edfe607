using Kusama.Core;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>The runtime's <c>TaggedTransactionQueue_validate_transaction</c> as the pool sees it; called from several threads at once.</summary>
public interface ITransactionValidator
{
    /// <summary>
    /// Validates <paramref name="extrinsic"/> (its full encoding, compact length prefix included) on the state of block
    /// <paramref name="at"/>. Throws only when the runtime itself cannot be called (the pool reports a verification error).
    /// </summary>
    Result<ValidTransaction, TransactionValidityError> Validate(TransactionSource source, byte[] extrinsic, Hash256 at);
}
