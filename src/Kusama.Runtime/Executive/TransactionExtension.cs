using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Runtime.Executive;

/// <summary>
/// sp-runtime's <c>TransactionExtension</c> for Kusama's extrinsics: its implicit ("additional signed") data, its weight,
/// and the validate → prepare → post-dispatch steps. Each step returns the error that makes the transaction invalid, or
/// null; the defaults do nothing. Signed and bare extrinsics take separate paths, as in FRAME.
/// </summary>
public abstract class TransactionExtension
{
    /// <summary>The name in the metadata's extension list (what clients look extensions up by).</summary>
    public abstract string Identifier { get; }

    /// <summary>Writes the implicit data signed along with the call (nothing by default).</summary>
    public virtual TransactionValidityError? WriteImplicit(in TransactionContext tx, ref SpanScaleWriter writer) => null;

    /// <summary>The extension's own weight, added to the call's (zero by default).</summary>
    public virtual Weight Weight(in TransactionContext tx) => Core.Weight.Zero;

    /// <summary><c>validate</c> for a signed transaction: its contribution to the pool's view (null = the default validity).</summary>
    public virtual TransactionValidityError? Validate(ref TransactionContext tx, ref ValidTransaction? validity) => null;

    /// <summary><c>prepare</c> for a signed transaction, after every extension validated: the state changes before dispatch.</summary>
    public virtual TransactionValidityError? Prepare(ref TransactionContext tx) => null;

    /// <summary><c>post_dispatch_details</c>: corrections after the call ran; returns the weight to refund through <paramref name="unspent"/>.</summary>
    public virtual TransactionValidityError? PostDispatch(ref TransactionContext tx, in PostDispatchInfo post, in DispatchResult result, ref Weight unspent) => null;

    /// <summary><c>bare_validate</c>: the check a bare (unsigned) extrinsic goes through in the pool.</summary>
    public virtual TransactionValidityError? BareValidate(ref TransactionContext tx) => null;

    /// <summary><c>bare_validate_and_prepare</c>: the check and state changes for a bare extrinsic applied in a block.</summary>
    public virtual TransactionValidityError? BareValidateAndPrepare(ref TransactionContext tx) => null;

    /// <summary><c>bare_post_dispatch</c>.</summary>
    public virtual TransactionValidityError? BarePostDispatch(ref TransactionContext tx, in PostDispatchInfo post, in DispatchResult result) => null;

    /// <summary>Adds <paramref name="contribution"/> to <paramref name="validity"/> (<c>combine_with</c>).</summary>
    protected static void Combine(ref ValidTransaction? validity, ValidTransaction contribution) =>
        validity = validity is null ? contribution : validity.CombineWith(contribution);
}
