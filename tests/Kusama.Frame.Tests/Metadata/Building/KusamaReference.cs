using Kusama.Frame.Metadata;

using Kusama.Tests.Metadata;

namespace Kusama.Frame.Tests.Metadata.Building;

/// <summary>Finds our types' counterparts in Kusama's metadata: V14 (spec 1_003_000, the reference) first, V15 for the runtime-API types V14 lacks.</summary>
public static class KusamaReference
{
    private static readonly Lazy<PortableRegistry> V14 = new(() => RuntimeMetadataPrefixed.Decode(KusamaMetadata.V14).Metadata.Types);
    private static readonly Lazy<PortableRegistry> V15 = new(() => RuntimeMetadataPrefixed.Decode(KusamaMetadata.V15).Metadata.Types);

    /// <summary>The ids of the types with the given path (or, for an unnamed type, the same shape kind).</summary>
    public static List<uint> Candidates(PortableRegistry registry, string path)
    {
        var ids = new List<uint>();
        foreach (var type in registry.Types)
        {
            if (type.Type.PathString == path)
                ids.Add(type.Id);
        }
        return ids;
    }

    /// <summary>
    /// Empty when some Kusama type with our type's path matches it structurally; otherwise the differences from each
    /// V14 and V15 candidate (or a note that Kusama has no such path).
    /// </summary>
    public static List<string> Mismatch(PortableRegistry ours, uint id)
    {
        string path = ours.Find(id)!.Type.PathString;
        Assert.False(string.IsNullOrEmpty(path), "well-known types have a path");
        var report = new List<string>();
        foreach (var (version, kusama) in new[] { ("V14", V14.Value), ("V15", V15.Value) })
        {
            foreach (uint candidate in Candidates(kusama, path))
            {
                var differences = TypeComparer.Differences(ours, id, kusama, candidate);
                if (differences.Count == 0)
                    return [];
                report.Add($"vs Kusama {version} type {candidate}: {string.Join("; ", differences)}");
            }
        }
        if (report.Count > 0)
            return report;
        return [$"Kusama has no type at path {path}"];
    }
}
