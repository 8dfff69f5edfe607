using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>A runtime API method (V15): name, inputs, output type id and docs; called as <c>&lt;Api&gt;_&lt;method&gt;</c>.</summary>
public sealed record RuntimeApiMethodMetadata(
    string Name,
    IReadOnlyList<RuntimeApiMethodParamMetadata> Inputs,
    uint Output,
    IReadOnlyList<string> Docs) : IScaleCodec<RuntimeApiMethodMetadata>
{
    public static int MinEncodedSize => 4;

    public static RuntimeApiMethodMetadata Decode(ref ScaleReader reader)
    {
        string name = MetadataCodec.ReadName(ref reader);
        var inputs = MetadataCodec.ReadList<RuntimeApiMethodParamMetadata>(ref reader, MetadataLimits.MaxRuntimeApiInputs, "RuntimeApiMethodMetadata.inputs");
        uint output = reader.ReadCompactU32();
        return new RuntimeApiMethodMetadata(name, inputs, output, MetadataCodec.ReadDocs(ref reader));
    }

    public static void Encode<TWriter>(in RuntimeApiMethodMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Name);
        MetadataCodec.WriteList(value.Inputs, ref writer);
        ScaleWriter.WriteCompact(ref writer, value.Output);
        MetadataCodec.WriteStrings(value.Docs, ref writer);
    }

    public static int GetEncodedSize(in RuntimeApiMethodMetadata value) =>
        ScaleWriter.StringSize(value.Name)
        + MetadataCodec.ListSize(value.Inputs)
        + ScaleWriter.CompactSize(value.Output)
        + MetadataCodec.StringsSize(value.Docs);
}
