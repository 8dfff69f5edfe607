using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Dispatch;

/// <summary>SCALE codec of <see cref="DispatchInfo"/>: <c>Weight ++ class u8 ++ pays_fee u8</c>.</summary>
public readonly struct DispatchInfoCodec : ICodec<DispatchInfo>
{
    public static DispatchInfo Decode(ref ScaleReader reader)
    {
        var weight = WeightCodec.Decode(ref reader);
        int at = reader.Position;
        byte dispatchClass = reader.ReadByte();
        if (dispatchClass > (byte)DispatchClass.Mandatory) ScaleReader.Throw($"Unknown DispatchClass variant {dispatchClass}.", at);
        byte pays = reader.ReadByte();
        if (pays > (byte)Pays.No) ScaleReader.Throw($"Unknown Pays variant {pays}.", at + 1);
        return new DispatchInfo(weight, (DispatchClass)dispatchClass, (Pays)pays);
    }

    public static void Encode<TWriter>(in DispatchInfo value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        WeightCodec.Encode(value.Weight, ref writer);
        ScaleWriter.WriteByte(ref writer, (byte)value.Class);
        ScaleWriter.WriteByte(ref writer, (byte)value.PaysFee);
    }

    public static int GetEncodedSize(in DispatchInfo value) => WeightCodec.GetEncodedSize(value.Weight) + 2;

    public static int MinEncodedSize => 4;
}
