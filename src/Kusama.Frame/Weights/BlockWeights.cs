using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Frame.Weights;

/// <summary>frame_system's <c>limits::BlockWeights</c>: what an empty block costs, the block's maximum and each class's limits.</summary>
public sealed record BlockWeights(Weight BaseBlock, Weight MaxBlock, PerDispatchClass<WeightsPerClass> PerClass)
{
    /// <summary>The limits of <paramref name="dispatchClass"/>.</summary>
    public WeightsPerClass Get(DispatchClass dispatchClass) => PerClass.Get(dispatchClass);

    /// <summary>
    /// The polkadot runtime-common construction (<c>BlockWeights::builder()</c> as relay chains use it): every class gets
    /// <paramref name="extrinsicBase"/>; Normal may use <paramref name="normalRatio"/> of the block, Operational all of it with the
    /// rest reserved; each class's per-extrinsic maximum is its total minus the average initialization share
    /// (<paramref name="averageOnInitializeRatio"/> of the block) and its base, as <c>build()</c> computes it. The builder
    /// starts Normal and Operational with <c>reserved = Some(0)</c> and Mandatory with none, and only Operational's is
    /// raised, so Normal keeps a zero reserve (it cannot use weight beyond the block's maximum).
    /// </summary>
    public static BlockWeights WithSensibleDefaults(Weight blockBase, Weight extrinsicBase, Weight maxBlock, Perbill normalRatio, Perbill averageOnInitializeRatio)
    {
        Weight normalTotal = MulWeight(normalRatio, maxBlock);
        Weight initialization = MulWeight(averageOnInitializeRatio, maxBlock);
        WeightsPerClass Class(Weight? maxTotal, Weight? reserved) =>
            new(extrinsicBase, maxTotal?.SaturatingSub(initialization).SaturatingSub(extrinsicBase), maxTotal, reserved);
        return new BlockWeights(
            blockBase,
            maxBlock,
            new PerDispatchClass<WeightsPerClass>(
                Normal: Class(normalTotal, Weight.Zero),
                Operational: Class(maxBlock, maxBlock.SaturatingSub(normalTotal)),
                Mandatory: Class(null, null)));
    }

    /// <summary>
    /// frame_system's <c>BlockWeights::validate</c>: the limits are consistent (each class's total above the base block and its
    /// base extrinsic weight, per-extrinsic maxima within the class total, reserves above the base, the block maximum above
    /// every class total and the base block). Returns the problems found, empty when valid.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (DispatchClass dispatchClass in (ReadOnlySpan<DispatchClass>)[DispatchClass.Normal, DispatchClass.Operational, DispatchClass.Mandatory])
        {
            WeightsPerClass weights = Get(dispatchClass);
            Weight maxForClass = weights.MaxTotal ?? Weight.MaxValue;
            Weight reserved = weights.Reserved ?? Weight.MaxValue;
            if (!((maxForClass.AllGt(BaseBlock) && maxForClass.AllGt(weights.BaseExtrinsic)) || maxForClass.IsZero))
                errors.Add($"[{dispatchClass}] {maxForClass} (total) has to be greater than {BaseBlock} (base block) & {weights.BaseExtrinsic} (base extrinsic)");
            if (!(weights.MaxExtrinsic ?? Weight.Zero).AllLte(maxForClass.SaturatingSub(weights.BaseExtrinsic)))
                errors.Add($"[{dispatchClass}] {weights.MaxExtrinsic} (max_extrinsic) can't be greater than {maxForClass} (max for class)");
            if (!(weights.MaxExtrinsic ?? Weight.MaxValue).AllGt(Weight.Zero))
                errors.Add($"[{dispatchClass}] {weights.MaxExtrinsic} (max_extrinsic) must not be 0; check base_block and base_extrinsic");
            if (!(reserved.AllGt(weights.BaseExtrinsic) || reserved.IsZero))
                errors.Add($"[{dispatchClass}] {reserved} (reserved) has to be greater than {weights.BaseExtrinsic} (base extrinsic) if set");
            if (!MaxBlock.AllGte(weights.MaxTotal ?? Weight.Zero))
                errors.Add($"[{dispatchClass}] {MaxBlock} (max block) has to be greater than {weights.MaxTotal} (max for class)");
            if (!MaxBlock.AllGt(weights.BaseExtrinsic.SaturatingAdd(BaseBlock)))
                errors.Add($"[{dispatchClass}] {MaxBlock} (max block) must fit at least one extrinsic {weights.BaseExtrinsic} (base weight)");
        }
        if (!MaxBlock.AllGt(BaseBlock)) errors.Add($"{MaxBlock} (max block) must be greater than {BaseBlock} (base block)");
        return errors;
    }

    private static Weight MulWeight(Perbill ratio, Weight weight) => Weight.FromParts(ratio.MulNearest(weight.RefTime), ratio.MulNearest(weight.ProofSize));
}
