using Kusama.Scale;

namespace Kusama.Runtime.Pallets.TransactionPayment;

/// <summary>SCALE codec of <see cref="Releases"/>: one byte.</summary>
public readonly struct ReleasesCodec : ICodec<Releases>
{
    public static Releases Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte value = reader.ReadByte();
        if (value > (byte)Releases.V2) ScaleReader.Throw($"Unknown Releases variant {value}.", at);
        return (Releases)value;
    }

    public static void Encode<TWriter>(in Releases value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteByte(ref writer, (byte)value);

    public static int GetEncodedSize(in Releases value) => 1;
}
