using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Weights;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>BlockWeights</c> (the <c>System.BlockWeights</c> constant): base_block, max_block, per_class.</summary>
public readonly struct BlockWeightsCodec : ICodec<BlockWeights>
{
    public static BlockWeights Decode(ref ScaleReader reader)
    {
        Weight baseBlock = WeightCodec.Decode(ref reader);
        Weight maxBlock = WeightCodec.Decode(ref reader);
        return new BlockWeights(baseBlock, maxBlock, PerDispatchClassCodec<WeightsPerClass, WeightsPerClassCodec>.Decode(ref reader));
    }

    public static void Encode<TWriter>(in BlockWeights value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        WeightCodec.Encode(value.BaseBlock, ref writer);
        WeightCodec.Encode(value.MaxBlock, ref writer);
        PerDispatchClassCodec<WeightsPerClass, WeightsPerClassCodec>.Encode(value.PerClass, ref writer);
    }

    public static int GetEncodedSize(in BlockWeights value) =>
        WeightCodec.GetEncodedSize(value.BaseBlock) + WeightCodec.GetEncodedSize(value.MaxBlock)
        + PerDispatchClassCodec<WeightsPerClass, WeightsPerClassCodec>.GetEncodedSize(value.PerClass);

    public static int MinEncodedSize => 4 + 3 * WeightsPerClassCodec.MinEncodedSize;
}
