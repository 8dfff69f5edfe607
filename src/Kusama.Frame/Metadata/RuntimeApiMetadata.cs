using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>A runtime API trait (V15): name (<c>Core</c>, <c>Metadata</c>, …), methods and docs.</summary>
public sealed record RuntimeApiMetadata(string Name, IReadOnlyList<RuntimeApiMethodMetadata> Methods, IReadOnlyList<string> Docs)
    : IScaleCodec<RuntimeApiMetadata>
{
    public static int MinEncodedSize => 3;

    public static RuntimeApiMetadata Decode(ref ScaleReader reader)
    {
        string name = MetadataCodec.ReadName(ref reader);
        var methods = MetadataCodec.ReadList<RuntimeApiMethodMetadata>(ref reader, MetadataLimits.MaxRuntimeApiMethods, "RuntimeApiMetadata.methods");
        return new RuntimeApiMetadata(name, methods, MetadataCodec.ReadDocs(ref reader));
    }

    public static void Encode<TWriter>(in RuntimeApiMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Name);
        MetadataCodec.WriteList(value.Methods, ref writer);
        MetadataCodec.WriteStrings(value.Docs, ref writer);
    }

    public static int GetEncodedSize(in RuntimeApiMetadata value) =>
        ScaleWriter.StringSize(value.Name) + MetadataCodec.ListSize(value.Methods) + MetadataCodec.StringsSize(value.Docs);
}
