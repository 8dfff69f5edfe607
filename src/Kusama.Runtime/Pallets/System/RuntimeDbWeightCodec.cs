using Kusama.Frame.Weights;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.System;

/// <summary>sp_weights' <c>RuntimeDbWeight</c> (the <c>System.DbWeight</c> constant): read and write, each a plain <c>u64</c>.</summary>
public readonly struct RuntimeDbWeightCodec : ICodec<RuntimeDbWeight>
{
    public static RuntimeDbWeight Decode(ref ScaleReader reader)
    {
        ulong read = reader.ReadUInt64();
        return new RuntimeDbWeight(read, reader.ReadUInt64());
    }

    public static void Encode<TWriter>(in RuntimeDbWeight value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt64(ref writer, value.Read);
        ScaleWriter.WriteUInt64(ref writer, value.Write);
    }

    public static int GetEncodedSize(in RuntimeDbWeight value) => 16;

    public static int MinEncodedSize => 16;
}
