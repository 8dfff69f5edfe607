using Kusama.Frame.Dispatch;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>SCALE codec of <see cref="RuntimeDispatchInfo"/>: <c>Weight (two compacts) ++ class u8 ++ partial_fee u128</c>.</summary>
public readonly struct RuntimeDispatchInfoCodec : ICodec<RuntimeDispatchInfo>
{
    public static RuntimeDispatchInfo Decode(ref ScaleReader reader)
    {
        var weight = WeightCodec.Decode(ref reader);
        int at = reader.Position;
        byte dispatchClass = reader.ReadByte();
        if (dispatchClass > (byte)DispatchClass.Mandatory)
            throw new ScaleDecodeException($"Unknown DispatchClass variant {dispatchClass}.", at);
        return new RuntimeDispatchInfo(weight, (DispatchClass)dispatchClass, BalanceCodec.Decode(ref reader));
    }

    public static void Encode<TWriter>(in RuntimeDispatchInfo value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        WeightCodec.Encode(value.Weight, ref writer);
        ScaleWriter.WriteByte(ref writer, (byte)value.Class);
        BalanceCodec.Encode(value.PartialFee, ref writer);
    }

    public static int GetEncodedSize(in RuntimeDispatchInfo value) => WeightCodec.GetEncodedSize(value.Weight) + 17;

    public static int MinEncodedSize => 19;
}
