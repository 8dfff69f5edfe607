using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>One custom metadata value (V15): its type id and SCALE-encoded bytes.</summary>
public sealed record CustomValueMetadata(uint Type, byte[] Value) : IScaleCodec<CustomValueMetadata>
{
    public static int MinEncodedSize => 2;

    public static CustomValueMetadata Decode(ref ScaleReader reader)
    {
        uint type = reader.ReadCompactU32();
        return new CustomValueMetadata(type, MetadataCodec.ReadValueBytes(ref reader));
    }

    public static void Encode<TWriter>(in CustomValueMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, value.Type);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, value.Value);
    }

    public static int GetEncodedSize(in CustomValueMetadata value) =>
        ScaleWriter.CompactSize(value.Type) + MetadataCodec.ValueBytesSize(value.Value);
}
