using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>SCALE codec of <see cref="Status"/>: one byte, the variant index.</summary>
public readonly struct StatusCodec : ICodec<Status>
{
    public static Status Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte value = reader.ReadByte();
        if (value > (byte)Status.Reserved) ScaleReader.Throw($"Unknown Status variant {value}.", at);
        return (Status)value;
    }

    public static void Encode<TWriter>(in Status value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteByte(ref writer, (byte)value);

    public static int GetEncodedSize(in Status value) => 1;
}
