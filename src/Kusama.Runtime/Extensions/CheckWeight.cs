using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Extensions;

/// <summary>
/// frame_system <c>CheckWeight</c>: validate checks the block length and the per-extrinsic weight (not the block's weight:
/// the pool validates against an empty block); prepare books weight and length into the block; post-dispatch gives back
/// the unspent weight. Bare extrinsics (inherents) go through the same checks.
/// </summary>
public sealed class CheckWeight(SystemPallet system) : TransactionExtension
{
    public override string Identifier => "CheckWeight";

    public override Weight Weight(in TransactionContext tx) => SystemExtensionWeights.CheckWeight();

    public override TransactionValidityError? Validate(ref TransactionContext tx, ref ValidTransaction? validity) => DoValidate(ref tx);

    public override TransactionValidityError? Prepare(ref TransactionContext tx) =>
        system.ReserveBlockResources(tx.Info, tx.Length, tx.NextBlockLength);

    public override TransactionValidityError? PostDispatch(ref TransactionContext tx, in PostDispatchInfo post, in DispatchResult result, ref Weight unspent)
    {
        system.ReclaimWeight(tx.Info, post);
        return null;
    }

    public override TransactionValidityError? BareValidate(ref TransactionContext tx) => DoValidate(ref tx);

    public override TransactionValidityError? BareValidateAndPrepare(ref TransactionContext tx) =>
        DoValidate(ref tx) ?? system.ReserveBlockResources(tx.Info, tx.Length, tx.NextBlockLength);

    public override TransactionValidityError? BarePostDispatch(ref TransactionContext tx, in PostDispatchInfo post, in DispatchResult result)
    {
        system.ReclaimWeight(tx.Info, post);
        return null;
    }

    private TransactionValidityError? DoValidate(ref TransactionContext tx)
    {
        if (system.CheckBlockLength(tx.Info, tx.Length, out uint nextLength) is { } error) return error;
        tx.NextBlockLength = nextLength;
        return system.CheckExtrinsicWeight(tx.Info, tx.Length);
    }
}
