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

    private static Weight MulWeight(Perbill ratio, Weight weight) => Weight.FromParts(ratio.MulNearest(weight.RefTime), ratio.MulNearest(weight.ProofSize));
}
