namespace Kusama.Frame.Generators.Models;

/// <summary>
/// How one C# type is SCALE-encoded: the type as declared, the codec type that encodes it (fully qualified), its fixed
/// size when it has one (-1 otherwise) and, for a <c>Vec</c>, its item type and codec.
/// </summary>
internal sealed record ScaleType(string TypeName, string Codec, int FixedSize, ScaleTypeKind Kind, string? ItemType = null, string? ItemCodec = null)
{
    public bool HasLength => Kind != ScaleTypeKind.Codec;
}
