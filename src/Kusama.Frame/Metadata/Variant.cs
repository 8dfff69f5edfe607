using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>One enum variant: name, fields, its wire index (the first byte of the encoding) and docs.</summary>
public sealed record Variant(string Name, IReadOnlyList<Field> Fields, byte Index, IReadOnlyList<string> Docs) : IScaleCodec<Variant>
{
    public static int MinEncodedSize => 4;

    public static Variant Decode(ref ScaleReader reader)
    {
        string name = MetadataCodec.ReadName(ref reader);
        var fields = MetadataCodec.ReadList<Field>(ref reader, MetadataLimits.MaxFields, "Variant.fields");
        byte index = reader.ReadByte();
        return new Variant(name, fields, index, MetadataCodec.ReadDocs(ref reader));
    }

    public static void Encode<TWriter>(in Variant value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Name);
        MetadataCodec.WriteList(value.Fields, ref writer);
        writer.WriteByte(value.Index);
        MetadataCodec.WriteStrings(value.Docs, ref writer);
    }

    public static int GetEncodedSize(in Variant value) =>
        ScaleWriter.StringSize(value.Name) + MetadataCodec.ListSize(value.Fields) + 1 + MetadataCodec.StringsSize(value.Docs);
}
