using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>A signed extension: its identifier (<c>CheckNonce</c>), the type it adds to the extrinsic, and the type it adds to the signed payload.</summary>
public sealed record SignedExtensionMetadata(string Identifier, uint Type, uint AdditionalSigned) : IScaleCodec<SignedExtensionMetadata>
{
    public static int MinEncodedSize => 3;

    public static SignedExtensionMetadata Decode(ref ScaleReader reader)
    {
        string identifier = MetadataCodec.ReadName(ref reader);
        uint type = reader.ReadCompactU32();
        return new SignedExtensionMetadata(identifier, type, reader.ReadCompactU32());
    }

    public static void Encode<TWriter>(in SignedExtensionMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Identifier);
        ScaleWriter.WriteCompact(ref writer, value.Type);
        ScaleWriter.WriteCompact(ref writer, value.AdditionalSigned);
    }

    public static int GetEncodedSize(in SignedExtensionMetadata value) =>
        ScaleWriter.StringSize(value.Identifier) + ScaleWriter.CompactSize(value.Type) + ScaleWriter.CompactSize(value.AdditionalSigned);
}
