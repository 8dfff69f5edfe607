using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>scale-info's <c>PortableRegistry</c>: every type the metadata refers to, by id.</summary>
public sealed record PortableRegistry(IReadOnlyList<PortableType> Types) : IScaleCodec<PortableRegistry>
{
    /// <summary>The type with the given id, or null. Substrate assigns ids 0..n-1 in order, so the index is tried first.</summary>
    public PortableType? Find(uint id)
    {
        if (id < (uint)Types.Count && Types[(int)id].Id == id)
            return Types[(int)id];
        for (int i = 0; i < Types.Count; i++)
        {
            if (Types[i].Id == id)
                return Types[i];
        }
        return null;
    }

    public static PortableRegistry Decode(ref ScaleReader reader) =>
        new(MetadataCodec.ReadList<PortableType>(ref reader, MetadataLimits.MaxTypes, "PortableRegistry.types"));

    public static void Encode<TWriter>(in PortableRegistry value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        MetadataCodec.WriteList(value.Types, ref writer);

    public static int GetEncodedSize(in PortableRegistry value) => MetadataCodec.ListSize(value.Types);
}
