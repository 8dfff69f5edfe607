using Kusama.Frame.Dispatch;
using Kusama.Frame.Weights;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>BlockLength</c> (the <c>System.BlockLength</c> constant): <c>max: PerDispatchClass&lt;u32&gt;</c>.</summary>
public readonly struct BlockLengthCodec : ICodec<BlockLength>
{
    public static BlockLength Decode(ref ScaleReader reader) => new(PerDispatchClassCodec<uint, U32Codec>.Decode(ref reader));

    public static void Encode<TWriter>(in BlockLength value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        PerDispatchClassCodec<uint, U32Codec>.Encode(value.Max, ref writer);

    public static int GetEncodedSize(in BlockLength value) => 12;

    public static int MinEncodedSize => 12;
}
