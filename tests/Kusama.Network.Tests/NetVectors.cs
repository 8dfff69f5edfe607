using System.Text.Json;

namespace Kusama.Network.Tests;

/// <summary>Loads <c>tests/Vectors/net-vectors.json</c> and <c>noise-xx-vectors.json</c> (found by walking up to the directory holding <c>Kusama.slnx</c>).</summary>
internal static class NetVectors
{
    private static readonly Lazy<JsonElement> NetRoot = new(() => Load("net-vectors.json"));

    /// <summary>The root element of <c>net-vectors.json</c>.</summary>
    public static JsonElement Net => NetRoot.Value;

    /// <summary>Parses <c>tests/Vectors/<paramref name="fileName"/></c>.</summary>
    public static JsonElement Load(string fileName)
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (!File.Exists(Path.Combine(dir, "Kusama.slnx"))) continue;
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "tests", "Vectors", fileName)));
            return document.RootElement.Clone();
        }
        throw new InvalidOperationException("repository root (a directory containing Kusama.slnx) not found above " + AppContext.BaseDirectory);
    }
}
