using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>V15's extrinsic format: the version, then the address, call, signature and extra type ids, then the signed extensions.</summary>
public sealed record ExtrinsicMetadataV15(
    byte Version,
    uint AddressType,
    uint CallType,
    uint SignatureType,
    uint ExtraType,
    IReadOnlyList<SignedExtensionMetadata> SignedExtensions) : IScaleCodec<ExtrinsicMetadataV15>
{
    public static int MinEncodedSize => 6;

    public static ExtrinsicMetadataV15 Decode(ref ScaleReader reader)
    {
        byte version = reader.ReadByte();
        uint address = reader.ReadCompactU32();
        uint call = reader.ReadCompactU32();
        uint signature = reader.ReadCompactU32();
        uint extra = reader.ReadCompactU32();
        return new ExtrinsicMetadataV15(
            version,
            address,
            call,
            signature,
            extra,
            MetadataCodec.ReadList<SignedExtensionMetadata>(ref reader, MetadataLimits.MaxSignedExtensions, "ExtrinsicMetadata.signed_extensions"));
    }

    public static void Encode<TWriter>(in ExtrinsicMetadataV15 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        writer.WriteByte(value.Version);
        ScaleWriter.WriteCompact(ref writer, value.AddressType);
        ScaleWriter.WriteCompact(ref writer, value.CallType);
        ScaleWriter.WriteCompact(ref writer, value.SignatureType);
        ScaleWriter.WriteCompact(ref writer, value.ExtraType);
        MetadataCodec.WriteList(value.SignedExtensions, ref writer);
    }

    public static int GetEncodedSize(in ExtrinsicMetadataV15 value) =>
        1
        + ScaleWriter.CompactSize(value.AddressType)
        + ScaleWriter.CompactSize(value.CallType)
        + ScaleWriter.CompactSize(value.SignatureType)
        + ScaleWriter.CompactSize(value.ExtraType)
        + MetadataCodec.ListSize(value.SignedExtensions);
}
