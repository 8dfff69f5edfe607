using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>SCALE codec of <see cref="AdjustmentDirection"/>: one byte, the variant index.</summary>
public readonly struct AdjustmentDirectionCodec : ICodec<AdjustmentDirection>
{
    public static AdjustmentDirection Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte value = reader.ReadByte();
        if (value > (byte)AdjustmentDirection.Decrease) ScaleReader.Throw($"Unknown AdjustmentDirection variant {value}.", at);
        return (AdjustmentDirection)value;
    }

    public static void Encode<TWriter>(in AdjustmentDirection value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteByte(ref writer, (byte)value);

    public static int GetEncodedSize(in AdjustmentDirection value) => 1;
}
