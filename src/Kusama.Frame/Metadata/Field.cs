using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>A struct or variant field: name (None in tuple structs), type id, the Rust type as written, and docs.</summary>
public sealed record Field(string? Name, uint Type, string? TypeName, IReadOnlyList<string> Docs) : IScaleCodec<Field>
{
    public static int MinEncodedSize => 4;

    public static Field Decode(ref ScaleReader reader)
    {
        string? name = MetadataCodec.ReadOptionalString(ref reader, MetadataLimits.MaxNameBytes, "Field.name");
        uint type = reader.ReadCompactU32();
        string? typeName = MetadataCodec.ReadOptionalString(ref reader, MetadataLimits.MaxTextBytes, "Field.type_name");
        return new Field(name, type, typeName, MetadataCodec.ReadDocs(ref reader));
    }

    public static void Encode<TWriter>(in Field value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        MetadataCodec.WriteOptionalString(value.Name, ref writer);
        ScaleWriter.WriteCompact(ref writer, value.Type);
        MetadataCodec.WriteOptionalString(value.TypeName, ref writer);
        MetadataCodec.WriteStrings(value.Docs, ref writer);
    }

    public static int GetEncodedSize(in Field value) =>
        MetadataCodec.OptionalStringSize(value.Name)
        + ScaleWriter.CompactSize(value.Type)
        + MetadataCodec.OptionalStringSize(value.TypeName)
        + MetadataCodec.StringsSize(value.Docs);
}
