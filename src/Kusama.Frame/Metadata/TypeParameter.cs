using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>A generic parameter: its name (<c>T</c>) and the type it is bound to, if scale-info recorded one.</summary>
public sealed record TypeParameter(string Name, uint? Type) : IScaleCodec<TypeParameter>
{
    public static int MinEncodedSize => 2;

    public static TypeParameter Decode(ref ScaleReader reader)
    {
        string name = MetadataCodec.ReadName(ref reader);
        return new TypeParameter(name, MetadataCodec.ReadOptionalTypeId(ref reader, "TypeParameter.ty"));
    }

    public static void Encode<TWriter>(in TypeParameter value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Name);
        MetadataCodec.WriteOptionalTypeId(value.Type, ref writer);
    }

    public static int GetEncodedSize(in TypeParameter value) =>
        ScaleWriter.StringSize(value.Name) + MetadataCodec.OptionalTypeIdSize(value.Type);
}
