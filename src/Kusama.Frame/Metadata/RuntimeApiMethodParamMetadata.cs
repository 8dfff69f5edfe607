using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>One input of a runtime API method: its name and type id.</summary>
public sealed record RuntimeApiMethodParamMetadata(string Name, uint Type) : IScaleCodec<RuntimeApiMethodParamMetadata>
{
    public static int MinEncodedSize => 2;

    public static RuntimeApiMethodParamMetadata Decode(ref ScaleReader reader)
    {
        string name = MetadataCodec.ReadName(ref reader);
        return new RuntimeApiMethodParamMetadata(name, reader.ReadCompactU32());
    }

    public static void Encode<TWriter>(in RuntimeApiMethodParamMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Name);
        ScaleWriter.WriteCompact(ref writer, value.Type);
    }

    public static int GetEncodedSize(in RuntimeApiMethodParamMetadata value) =>
        ScaleWriter.StringSize(value.Name) + ScaleWriter.CompactSize(value.Type);
}
