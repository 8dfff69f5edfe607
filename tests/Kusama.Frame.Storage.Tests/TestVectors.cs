using System.Text.Json;

namespace Kusama.Frame.Storage.Tests;

/// <summary>Loads <c>tests/Vectors/crypto-vectors.json</c> (found by walking up to the directory holding <c>Kusama.slnx</c>).</summary>
internal static class TestVectors
{
    private static readonly Lazy<JsonDocument> s_crypto = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Vectors", "crypto-vectors.json"))));

    public static JsonElement Crypto => s_crypto.Value.RootElement;

    /// <summary>The <c>hashes</c> entries as xunit rows: name, data hex, and the named digest hex.</summary>
    public static IEnumerable<object[]> Hashes(string digest)
    {
        foreach (JsonElement entry in Crypto.GetProperty("hashes").EnumerateArray())
            yield return [entry.GetProperty("name").GetString()!, entry.GetProperty("data").GetString()!, entry.GetProperty(digest).GetString()!];
    }

    /// <summary>The <c>storageKeys</c> entry whose description starts with <paramref name="what"/>.</summary>
    public static string StorageKey(string what)
    {
        foreach (JsonElement entry in Crypto.GetProperty("storageKeys").EnumerateArray())
            if (entry.GetProperty("what").GetString()!.StartsWith(what, StringComparison.Ordinal)) return entry.GetProperty("key").GetString()!;
        throw new InvalidOperationException($"No storage key vector '{what}'.");
    }

    private static string RepositoryRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "Kusama.slnx"))) return dir;
        throw new InvalidOperationException("Kusama.slnx not found above " + AppContext.BaseDirectory);
    }
}
