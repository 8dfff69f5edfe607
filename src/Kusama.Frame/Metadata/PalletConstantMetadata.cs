using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>A pallet constant: name, type id, its SCALE-encoded value and docs.</summary>
public sealed record PalletConstantMetadata(string Name, uint Type, byte[] Value, IReadOnlyList<string> Docs) : IScaleCodec<PalletConstantMetadata>
{
    public static int MinEncodedSize => 4;

    public static PalletConstantMetadata Decode(ref ScaleReader reader)
    {
        string name = MetadataCodec.ReadName(ref reader);
        uint type = reader.ReadCompactU32();
        byte[] value = MetadataCodec.ReadValueBytes(ref reader);
        return new PalletConstantMetadata(name, type, value, MetadataCodec.ReadDocs(ref reader));
    }

    public static void Encode<TWriter>(in PalletConstantMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Name);
        ScaleWriter.WriteCompact(ref writer, value.Type);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, value.Value);
        MetadataCodec.WriteStrings(value.Docs, ref writer);
    }

    public static int GetEncodedSize(in PalletConstantMetadata value) =>
        ScaleWriter.StringSize(value.Name)
        + ScaleWriter.CompactSize(value.Type)
        + MetadataCodec.ValueBytesSize(value.Value)
        + MetadataCodec.StringsSize(value.Docs);
}
