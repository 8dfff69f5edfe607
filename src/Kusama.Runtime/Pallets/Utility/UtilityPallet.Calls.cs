using Kusama.Core;
using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.Utility;

// pallet_utility's calls (Kusama indices). Their weight expressions give a whole DispatchInfo, as FRAME's `(weight, class)`
// form does: the class follows the inner calls. Inner calls' weights come from KusamaRuntime.GetDispatchInfo.
public sealed partial class UtilityPallet
{
    private static readonly RuntimeDbWeight Db = RuntimeDbWeight.RocksDb;

    /// <summary>Send a batch of dispatch calls.</summary>
    [Call(0, Weight = "BatchInfo(calls, UtilityWeights.Batch((uint)calls.Length))")]
    public DispatchResult Batch(Origin origin, [TypeName("Vec<<T as Config>::RuntimeCall>")] RuntimeCall[] calls)
    {
        if (origin.IsNone) return DispatchError.BadOrigin;
        if ((uint)calls.Length > Config.BatchedCallsLimit) return Error(UtilityError.TooManyCalls);
        Weight weight = Weight.Zero;
        for (int i = 0; i < calls.Length; i++)
        {
            DispatchInfo info = KusamaRuntime.GetDispatchInfo(calls[i]);
            DispatchResult result = DispatchFiltered(calls[i], origin);
            weight = weight.SaturatingAdd(info.ActualWeight(result.PostInfo));
            if (result.IsError)
            {
                DepositEvent(new UtilityEvent.BatchInterrupted((uint)i, result.Error));
                // The batch itself succeeds; it is charged for the calls it ran.
                return DispatchResult.Success(new PostDispatchInfo(UtilityWeights.Batch((uint)i + 1).SaturatingAdd(weight)));
            }
            DepositEvent(new UtilityEvent.ItemCompleted());
        }
        DepositEvent(new UtilityEvent.BatchCompleted());
        return DispatchResult.Success(new PostDispatchInfo(UtilityWeights.Batch((uint)calls.Length).SaturatingAdd(weight)));
    }

    /// <summary>Send a call through an indexed pseudonym of the sender.</summary>
    [Call(1, Weight = "AsDerivativeInfo(call)")]
    public DispatchResult AsDerivative(Origin origin, ushort index, [TypeName("Box<<T as Config>::RuntimeCall>")] RuntimeCall call)
    {
        if (!origin.EnsureSigned(out AccountId32 who, out DispatchError error)) return error;
        DispatchInfo info = KusamaRuntime.GetDispatchInfo(call);
        DispatchResult result = DispatchFiltered(call, Origin.Signed(DerivativeAccountId(who, index)));
        // The pseudonym's account data is read and written as a signer's would be.
        Weight weight = UtilityWeights.AsDerivative().SaturatingAdd(Db.ReadsWrites(1, 1)).SaturatingAdd(info.ActualWeight(result.PostInfo));
        return result.IsOk
            ? DispatchResult.Success(new PostDispatchInfo(weight))
            : DispatchResult.Failure(result.Error, new PostDispatchInfo(weight));
    }

    /// <summary>Send a batch of dispatch calls and atomically execute them. The whole transaction will rollback and fail if any of the calls failed.</summary>
    [Call(2, Weight = "BatchInfo(calls, UtilityWeights.BatchAll((uint)calls.Length))")]
    public DispatchResult BatchAll(Origin origin, [TypeName("Vec<<T as Config>::RuntimeCall>")] RuntimeCall[] calls)
    {
        if (origin.IsNone) return DispatchError.BadOrigin;
        if ((uint)calls.Length > Config.BatchedCallsLimit) return Error(UtilityError.TooManyCalls);
        // A non-Root origin may not nest batch_all; Root bypasses every filter.
        bool filtered = !origin.IsRoot;
        if (filtered) _insideFilteredBatchAll++;
        try
        {
            Weight weight = Weight.Zero;
            for (int i = 0; i < calls.Length; i++)
            {
                DispatchInfo info = KusamaRuntime.GetDispatchInfo(calls[i]);
                DispatchResult result = DispatchFiltered(calls[i], origin);
                weight = weight.SaturatingAdd(info.ActualWeight(result.PostInfo));
                // Failing rolls back the whole batch: the runtime's storage layer around this call discards it.
                if (result.IsError)
                    return DispatchResult.Failure(result.Error, new PostDispatchInfo(UtilityWeights.BatchAll((uint)i + 1).SaturatingAdd(weight)));
                DepositEvent(new UtilityEvent.ItemCompleted());
            }
            DepositEvent(new UtilityEvent.BatchCompleted());
            return DispatchResult.Success(new PostDispatchInfo(UtilityWeights.BatchAll((uint)calls.Length).SaturatingAdd(weight)));
        }
        finally
        {
            if (filtered) _insideFilteredBatchAll--;
        }
    }

    /// <summary>Dispatches a function call with a provided origin.</summary>
    [Call(3, Weight = "DispatchAsInfo(call)")]
    public DispatchResult DispatchAs(Origin origin, [TypeName("Box<T::PalletsOrigin>")] OriginCaller asOrigin, [TypeName("Box<<T as Config>::RuntimeCall>")] RuntimeCall call)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        DispatchResult result = DispatchWithFreshOrigin(call, asOrigin.ToOrigin());
        DepositEvent(new UtilityEvent.DispatchedAs(result.IsOk ? DispatchResult.Ok : DispatchResult.Failure(result.Error)));
        return DispatchResult.Ok;
    }

    /// <summary>Send a batch of dispatch calls. Unlike <c>batch</c>, it allows errors and won't interrupt.</summary>
    [Call(4, Weight = "BatchInfo(calls, UtilityWeights.ForceBatch((uint)calls.Length))")]
    public DispatchResult ForceBatch(Origin origin, [TypeName("Vec<<T as Config>::RuntimeCall>")] RuntimeCall[] calls)
    {
        if (origin.IsNone) return DispatchError.BadOrigin;
        if ((uint)calls.Length > Config.BatchedCallsLimit) return Error(UtilityError.TooManyCalls);
        Weight weight = Weight.Zero;
        bool hasError = false;
        foreach (RuntimeCall call in calls)
        {
            DispatchInfo info = KusamaRuntime.GetDispatchInfo(call);
            DispatchResult result = DispatchFiltered(call, origin);
            weight = weight.SaturatingAdd(info.ActualWeight(result.PostInfo));
            if (result.IsError)
            {
                hasError = true;
                DepositEvent(new UtilityEvent.ItemFailed(result.Error));
            }
            else
            {
                DepositEvent(new UtilityEvent.ItemCompleted());
            }
        }
        DepositEvent(hasError ? new UtilityEvent.BatchCompletedWithErrors() : new UtilityEvent.BatchCompleted());
        // FRAME reports batch's base weight here, not force_batch's: kept so the refund matches Kusama's.
        return DispatchResult.Success(new PostDispatchInfo(UtilityWeights.Batch((uint)calls.Length).SaturatingAdd(weight)));
    }

    /// <summary>Dispatch a function call with a specified weight.</summary>
    [Call(5, Weight = "WithWeightInfo(call, weight)")]
    public DispatchResult WithWeight(Origin origin, [TypeName("Box<<T as Config>::RuntimeCall>")] RuntimeCall call, Weight weight)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        // The weight is Root's word: it is not checked against the call's own.
        DispatchResult result = DispatchWithFreshOrigin(call, Origin.Root);
        return result.IsOk ? DispatchResult.Ok : DispatchResult.Failure(result.Error);
    }

    /// <summary>The inner calls' weights plus <paramref name="baseWeight"/>; Operational only if no inner call is Normal.</summary>
    public static DispatchInfo BatchInfo(RuntimeCall[] calls, Weight baseWeight)
    {
        Weight weight = Weight.Zero;
        DispatchClass dispatchClass = DispatchClass.Operational;
        foreach (RuntimeCall call in calls)
        {
            DispatchInfo info = KusamaRuntime.GetDispatchInfo(call);
            weight = weight.SaturatingAdd(info.Weight);
            if (info.Class == DispatchClass.Normal) dispatchClass = DispatchClass.Normal;
        }
        return new DispatchInfo(weight.SaturatingAdd(baseWeight), dispatchClass);
    }

    /// <summary><c>as_derivative</c>'s weight (its own, the pseudonym's account read and write, the inner call's) and the inner call's class.</summary>
    public static DispatchInfo AsDerivativeInfo(RuntimeCall call)
    {
        DispatchInfo info = KusamaRuntime.GetDispatchInfo(call);
        return new DispatchInfo(UtilityWeights.AsDerivative().SaturatingAdd(Db.ReadsWrites(1, 1)).SaturatingAdd(info.Weight), info.Class);
    }

    /// <summary><c>dispatch_as</c>'s weight plus the inner call's, with the inner call's class.</summary>
    public static DispatchInfo DispatchAsInfo(RuntimeCall call)
    {
        DispatchInfo info = KusamaRuntime.GetDispatchInfo(call);
        return new DispatchInfo(UtilityWeights.DispatchAs().SaturatingAdd(info.Weight), info.Class);
    }

    /// <summary>The given weight with the inner call's class.</summary>
    public static DispatchInfo WithWeightInfo(RuntimeCall call, Weight weight) => new(weight, KusamaRuntime.GetDispatchInfo(call).Class);
}
