using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;

namespace Kusama.Runtime.Extensions;

/// <summary>frame_system <c>CheckNonZeroSender</c>: the all-zero account cannot sign (BadSigner). No explicit or implicit data.</summary>
public sealed class CheckNonZeroSender : TransactionExtension
{
    public override string Identifier => "CheckNonZeroSender";

    public override Weight Weight(in TransactionContext tx) => SystemExtensionWeights.CheckNonZeroSender();

    public override TransactionValidityError? Validate(ref TransactionContext tx, ref ValidTransaction? validity) =>
        tx.Signer is { } who && who.Bytes.IndexOfAnyExcept((byte)0) < 0 ? InvalidTransaction.BadSigner : null;
}
