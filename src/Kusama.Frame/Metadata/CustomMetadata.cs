using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Metadata;

/// <summary>V15's custom metadata: a <c>BTreeMap&lt;String, CustomValueMetadata&gt;</c>, kept in Rust's key order so it re-encodes identically.</summary>
public sealed record CustomMetadata(SortedDictionary<string, CustomValueMetadata> Map) : IScaleCodec<CustomMetadata>
{
    /// <summary>A map with no entries, which is what Kusama ships.</summary>
    public static CustomMetadata Empty() => new(new SortedDictionary<string, CustomValueMetadata>(ScaleKeyComparer<string>.Instance));

    public static CustomMetadata Decode(ref ScaleReader reader)
    {
        int count = reader.ReadCompactLength(MetadataLimits.MaxCustomEntries, "CustomMetadata.map", minItemSize: 3);
        var map = new SortedDictionary<string, CustomValueMetadata>(ScaleKeyComparer<string>.Instance);
        for (int i = 0; i < count; i++)
        {
            string name = MetadataCodec.ReadName(ref reader);
            // A later duplicate key wins, as BTreeMap's decoder does.
            map[name] = CustomValueMetadata.Decode(ref reader);
        }
        return new CustomMetadata(map);
    }

    public static void Encode<TWriter>(in CustomMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)value.Map.Count);
        foreach (var (name, entry) in value.Map)
        {
            ScaleWriter.WriteString(ref writer, name);
            CustomValueMetadata.Encode(entry, ref writer);
        }
    }

    public static int GetEncodedSize(in CustomMetadata value)
    {
        int size = ScaleWriter.CompactSize((uint)value.Map.Count);
        foreach (var (name, entry) in value.Map)
            size += ScaleWriter.StringSize(name) + CustomValueMetadata.GetEncodedSize(entry);
        return size;
    }
}
