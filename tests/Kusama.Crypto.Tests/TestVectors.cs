using System.Text.Json;
using Kusama.Core;

namespace Kusama.Crypto.Tests;

/// <summary>Loads the shared test vectors from <c>tests/Vectors</c> (found by walking up to the directory holding <c>Kusama.slnx</c>).</summary>
internal static class TestVectors
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<JsonElement> CryptoVectors = new(() => Load("crypto-vectors.json"));

    /// <summary>The repository root: the first directory above the test binaries that contains <c>Kusama.slnx</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The root element of <c>tests/Vectors/crypto-vectors.json</c>.</summary>
    public static JsonElement Crypto => CryptoVectors.Value;

    /// <summary>The element at <paramref name="path"/> (property names) inside <c>crypto-vectors.json</c>.</summary>
    public static JsonElement Get(params string[] path)
    {
        JsonElement element = Crypto;
        foreach (string property in path) element = element.GetProperty(property);
        return element;
    }

    /// <summary>The items of the array at <paramref name="path"/> inside <c>crypto-vectors.json</c>.</summary>
    public static JsonElement[] Array(params string[] path) => [.. Get(path).EnumerateArray()];

    /// <summary>Parses <c>tests/Vectors/<paramref name="fileName"/></c>; the element stays valid for the life of the process.</summary>
    public static JsonElement Load(string fileName)
    {
        string path = Path.Combine(RepositoryRoot, "tests", "Vectors", fileName);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    /// <summary>A string property.</summary>
    public static string String(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"vector property '{property}' is null");

    /// <summary>A <c>0x</c>-hex string property as bytes.</summary>
    public static byte[] Bytes(this JsonElement element, string property) => Hex.Decode(element.String(property));

    private static string FindRepositoryRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Kusama.slnx"))) return dir;
        }
        throw new InvalidOperationException("repository root (a directory containing Kusama.slnx) not found above " + AppContext.BaseDirectory);
    }
}
