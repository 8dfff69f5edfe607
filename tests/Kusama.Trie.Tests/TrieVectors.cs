using System.Text.Json;
using Kusama.Core;

namespace Kusama.Trie.Tests;

/// <summary>Loads tests/Vectors/trie-vectors.json (26 roots computed by sp-trie, smoldot, Gossamer and the polkadot-spec host-api fixtures).</summary>
public static class TrieVectors
{
    private static readonly Lazy<IReadOnlyList<TrieVector>> All = new(Load);

    public static IReadOnlyList<TrieVector> Vectors => All.Value;

    public static IEnumerable<object[]> Names()
    {
        foreach (TrieVector vector in Vectors) yield return [vector.Name];
    }

    public static TrieVector Get(string name)
    {
        foreach (TrieVector vector in Vectors)
            if (vector.Name == name) return vector;
        throw new ArgumentException($"no trie vector named {name}");
    }

    public static string RepoFile(string relative)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Kusama.slnx")))
            dir = Path.GetDirectoryName(dir);
        if (dir is null) throw new InvalidOperationException("repository root (Kusama.slnx) not found above the test binaries");
        return Path.Combine(dir, relative);
    }

    private static IReadOnlyList<TrieVector> Load()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepoFile("tests/Vectors/trie-vectors.json")));
        var vectors = new List<TrieVector>();
        foreach (JsonElement v in doc.RootElement.EnumerateArray())
        {
            var entries = new List<KeyValuePair<byte[], byte[]>>();
            foreach (JsonElement e in v.GetProperty("entries").EnumerateArray())
                entries.Add(new(Hex.Decode(e[0].GetString()!), Hex.Decode(e[1].GetString()!)));
            StateVersion version = v.GetProperty("layout").GetString() switch
            {
                "v0" => StateVersion.V0,
                "v1" => StateVersion.V1,
                var other => throw new InvalidDataException($"unknown layout {other}"),
            };
            byte[]? rootNode = v.TryGetProperty("rootNodeEncoding", out JsonElement r) ? Hex.Decode(r.GetString()!) : null;
            vectors.Add(new TrieVector(v.GetProperty("name").GetString()!, version, entries, Hash256.Parse(v.GetProperty("root").GetString()!), rootNode));
        }
        return vectors;
    }
}

/// <summary>One key/value set and the root a real implementation computed for it (entries in insertion order).</summary>
public sealed record TrieVector(string Name, StateVersion Version, IReadOnlyList<KeyValuePair<byte[], byte[]>> Entries, Hash256 Root, byte[]? RootNodeEncoding)
{
    /// <summary>The effective set: sorted, a repeated key keeping its last value.</summary>
    public SortedDictionary<byte[], byte[]> Effective()
    {
        var sorted = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        foreach (KeyValuePair<byte[], byte[]> e in Entries) sorted[e.Key] = e.Value;
        return sorted;
    }
}
