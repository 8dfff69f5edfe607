using Kusama.Core;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>What the runtime said about a transaction, or why it could not be asked (<see cref="Failure"/>).</summary>
internal readonly record struct ValidationOutcome(Result<ValidTransaction, TransactionValidityError> Validity, string? Failure);
