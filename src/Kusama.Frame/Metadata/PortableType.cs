using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>One registry entry: a <c>Compact&lt;u32&gt;</c> id and the type it names.</summary>
public sealed record PortableType(uint Id, TypeDefinition Type) : IScaleCodec<PortableType>
{
    /// <summary>Compact id, empty path, empty params, a one-byte def, empty docs.</summary>
    public static int MinEncodedSize => 5;

    public static PortableType Decode(ref ScaleReader reader)
    {
        uint id = reader.ReadCompactU32();
        return new PortableType(id, TypeDefinition.Decode(ref reader));
    }

    public static void Encode<TWriter>(in PortableType value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, value.Id);
        TypeDefinition.Encode(value.Type, ref writer);
    }

    public static int GetEncodedSize(in PortableType value) =>
        ScaleWriter.CompactSize(value.Id) + TypeDefinition.GetEncodedSize(value.Type);
}
