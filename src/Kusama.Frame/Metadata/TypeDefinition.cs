using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>scale-info's <c>Type</c>: the Rust path (<c>sp_core::crypto::AccountId32</c>), generic parameters, shape and docs.</summary>
public sealed record TypeDefinition(
    IReadOnlyList<string> Path,
    IReadOnlyList<TypeParameter> TypeParameters,
    TypeDef Definition,
    IReadOnlyList<string> Docs) : IScaleCodec<TypeDefinition>
{
    /// <summary>The path joined with <c>::</c>, empty for unnamed types (primitives, tuples, sequences).</summary>
    public string PathString => string.Join("::", Path);

    public static int MinEncodedSize => 4;

    public static TypeDefinition Decode(ref ScaleReader reader)
    {
        var path = MetadataCodec.ReadStrings(ref reader, MetadataLimits.MaxPathSegments, MetadataLimits.MaxNameBytes, "Type.path");
        var parameters = MetadataCodec.ReadList<TypeParameter>(ref reader, MetadataLimits.MaxTypeParameters, "Type.type_params");
        var definition = TypeDef.Decode(ref reader);
        return new TypeDefinition(path, parameters, definition, MetadataCodec.ReadDocs(ref reader));
    }

    public static void Encode<TWriter>(in TypeDefinition value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        MetadataCodec.WriteStrings(value.Path, ref writer);
        MetadataCodec.WriteList(value.TypeParameters, ref writer);
        TypeDef.Encode(value.Definition, ref writer);
        MetadataCodec.WriteStrings(value.Docs, ref writer);
    }

    public static int GetEncodedSize(in TypeDefinition value) =>
        MetadataCodec.StringsSize(value.Path)
        + MetadataCodec.ListSize(value.TypeParameters)
        + TypeDef.GetEncodedSize(value.Definition)
        + MetadataCodec.StringsSize(value.Docs);
}
