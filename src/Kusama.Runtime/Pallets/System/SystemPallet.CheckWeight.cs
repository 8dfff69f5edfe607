using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Transactions;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.System;

// frame_system::CheckWeight's arithmetic: a transaction must fit its class's per-extrinsic maximum, the block's length
// limit for its class, and (when applied) the class's total and the block's maximum, falling back to the class's reserve.
// Mandatory has no limits. The extrinsic's length counts as proof size.
public sealed partial class SystemPallet
{
    /// <summary><c>check_extrinsic_weight</c>: the transaction alone (weight plus length as proof size) fits its class's <c>max_extrinsic</c>.</summary>
    public TransactionValidityError? CheckExtrinsicWeight(in DispatchInfo info, int length)
    {
        Weight? max = Config.BlockWeights.Get(info.Class).MaxExtrinsic;
        Weight total = info.Weight.SaturatingAdd(Weight.FromParts(0, (ulong)length));
        return max is { } limit && total.AnyGt(limit) ? InvalidTransaction.ExhaustsResources : null;
    }

    /// <summary><c>check_block_length</c>: the block's extrinsics plus this one stay within the class's length limit; gives the new length.</summary>
    public TransactionValidityError? CheckBlockLength(in DispatchInfo info, int length, out uint nextLength)
    {
        uint current = AllExtrinsicsLen.Get();
        nextLength = current + (uint)length < current ? uint.MaxValue : current + (uint)length;
        return nextLength > Config.BlockLength.Max.Get(info.Class) ? InvalidTransaction.ExhaustsResources : null;
    }

    /// <summary>
    /// <c>calculate_consumed_weight</c>: the block weight after adding this transaction (weight, base extrinsic weight and
    /// length as proof size), or ExhaustsResources when its class's total or the block (beyond the class's reserve) would overflow.
    /// </summary>
    public TransactionValidityError? CalculateConsumedWeight(in DispatchInfo info, int length, out PerDispatchClass<Weight> next)
    {
        BlockWeights limits = Config.BlockWeights;
        WeightsPerClass limit = limits.Get(info.Class);
        Weight extrinsicWeight = info.Weight.SaturatingAdd(limit.BaseExtrinsic).SaturatingAdd(Weight.FromParts(0, (ulong)length));
        next = BlockWeight.Get();
        Weight current = next.Get(info.Class);
        Weight perClass;
        if (limit.MaxTotal is null && limit.Reserved is null)
        {
            perClass = current.SaturatingAdd(extrinsicWeight);
        }
        else
        {
            if (current.CheckedAdd(extrinsicWeight) is not { } sum) return InvalidTransaction.ExhaustsResources;
            perClass = sum;
        }
        next = next.With(info.Class, perClass);
        if (limit.MaxTotal is { } maxTotal && perClass.AnyGt(maxTotal)) return InvalidTransaction.ExhaustsResources;
        if (Total(next).AnyGt(limits.MaxBlock) && limit.Reserved is { } reserved && perClass.AnyGt(reserved))
            return InvalidTransaction.ExhaustsResources;
        return null;
    }

    /// <summary>CheckWeight's <c>prepare</c>: books the transaction's weight and length into the block, or fails without changing anything.</summary>
    public TransactionValidityError? ReserveBlockResources(in DispatchInfo info, int length, uint nextLength)
    {
        if (CalculateConsumedWeight(info, length, out PerDispatchClass<Weight> next) is { } error) return error;
        AllExtrinsicsLen.Set(nextLength);
        BlockWeight.Set(next);
        return null;
    }

    /// <summary><c>reclaim_weight</c>: gives the block back the weight the call declared but did not use.</summary>
    public void ReclaimWeight(in DispatchInfo info, in PostDispatchInfo post)
    {
        Weight unspent = post.CalcUnspent(info);
        if (unspent.IsZero) return;
        PerDispatchClass<Weight> current = BlockWeight.Get();
        BlockWeight.Set(current.With(info.Class, current.Get(info.Class).SaturatingSub(unspent)));
    }

    /// <summary>The block's weight over all classes (saturating, as <c>PerDispatchClass::total</c>).</summary>
    public static Weight Total(in PerDispatchClass<Weight> weights) =>
        weights.Normal.SaturatingAdd(weights.Operational).SaturatingAdd(weights.Mandatory);
}
