using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>V14's extrinsic format: the <c>UncheckedExtrinsic</c> type id, the format version and the signed extensions in order.</summary>
public sealed record ExtrinsicMetadataV14(uint Type, byte Version, IReadOnlyList<SignedExtensionMetadata> SignedExtensions)
    : IScaleCodec<ExtrinsicMetadataV14>
{
    public static int MinEncodedSize => 3;

    public static ExtrinsicMetadataV14 Decode(ref ScaleReader reader)
    {
        uint type = reader.ReadCompactU32();
        byte version = reader.ReadByte();
        return new ExtrinsicMetadataV14(
            type,
            version,
            MetadataCodec.ReadList<SignedExtensionMetadata>(ref reader, MetadataLimits.MaxSignedExtensions, "ExtrinsicMetadata.signed_extensions"));
    }

    public static void Encode<TWriter>(in ExtrinsicMetadataV14 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, value.Type);
        writer.WriteByte(value.Version);
        MetadataCodec.WriteList(value.SignedExtensions, ref writer);
    }

    public static int GetEncodedSize(in ExtrinsicMetadataV14 value) =>
        ScaleWriter.CompactSize(value.Type) + 1 + MetadataCodec.ListSize(value.SignedExtensions);
}
