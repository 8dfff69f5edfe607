using Kusama.Core;
using Kusama.Frame.Weights;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>WeightsPerClass</c>: base_extrinsic, then max_extrinsic, max_total and reserved as <c>Option&lt;Weight&gt;</c>.</summary>
public readonly struct WeightsPerClassCodec : ICodec<WeightsPerClass>
{
    public static WeightsPerClass Decode(ref ScaleReader reader)
    {
        Weight baseExtrinsic = WeightCodec.Decode(ref reader);
        Weight? maxExtrinsic = ReadOptional(ref reader);
        Weight? maxTotal = ReadOptional(ref reader);
        return new WeightsPerClass(baseExtrinsic, maxExtrinsic, maxTotal, ReadOptional(ref reader));
    }

    public static void Encode<TWriter>(in WeightsPerClass value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        WeightCodec.Encode(value.BaseExtrinsic, ref writer);
        WriteOptional(value.MaxExtrinsic, ref writer);
        WriteOptional(value.MaxTotal, ref writer);
        WriteOptional(value.Reserved, ref writer);
    }

    public static int GetEncodedSize(in WeightsPerClass value) =>
        WeightCodec.GetEncodedSize(value.BaseExtrinsic) + OptionalSize(value.MaxExtrinsic) + OptionalSize(value.MaxTotal) + OptionalSize(value.Reserved);

    public static int MinEncodedSize => 5;

    private static Weight? ReadOptional(ref ScaleReader reader)
    {
        Option<Weight> value = OptionCodec<Weight, WeightCodec>.Decode(ref reader);
        return value.HasValue ? value.Value : null;
    }

    private static void WriteOptional<TWriter>(Weight? value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        OptionCodec<Weight, WeightCodec>.Encode(value is Weight some ? Option<Weight>.Some(some) : Option<Weight>.None, ref writer);

    private static int OptionalSize(Weight? value) => value is Weight some ? 1 + WeightCodec.GetEncodedSize(some) : 1;
}
