using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Timestamp;

/// <summary>pallet_timestamp's <c>Call</c>: one record per [Call] method of <see cref="TimestampPallet"/>, with its index and arguments.</summary>
// Derived from TimestampPallet.Calls.cs: variant, field order and encodings follow the [Call] methods.
public abstract record TimestampCall : IScaleCodec<TimestampCall>
{
    private TimestampCall()
    {
    }

    [ScaleIndex(0)]
    public sealed record Set(ulong Now) : TimestampCall;

    public static TimestampCall Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0: return new Set(reader.ReadCompactU64());
            default:
                ScaleReader.Throw($"Unknown Timestamp call index {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in TimestampCall value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Set c:
                ScaleWriter.WriteByte(ref writer, 0);
                ScaleWriter.WriteCompact(ref writer, c.Now);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Timestamp call variant.");
        }
    }

    public static int GetEncodedSize(in TimestampCall value) => 1 + value switch
    {
        Set c => ScaleWriter.CompactSize(c.Now),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Timestamp call variant."),
    };
}
