using System.Text.Json;

namespace Kusama.Node.Tests;

/// <summary>Reads tests/Vectors/*.json, produced by real implementations (polkadot-js, schnorrkel, libsecp256k1).</summary>
public static class TestVectors
{
    private static readonly Lazy<JsonDocument> Crypto = new(() => Load("crypto-vectors.json"));

    public static JsonElement CryptoRoot => Crypto.Value.RootElement;

    /// <summary>The derivation entries of one scheme ("sr25519", "ed25519", "ecdsa") from the dev phrase.</summary>
    public static IEnumerable<JsonElement> Derivations(string scheme) => CryptoRoot.GetProperty("derivation").GetProperty(scheme).EnumerateArray();

    public static JsonElement Derivation(string scheme, string suri)
    {
        foreach (var entry in Derivations(scheme))
        {
            if (entry.GetProperty("suri").GetString() == suri)
            {
                return entry;
            }
        }

        throw new KeyNotFoundException($"no {scheme} derivation vector for '{suri}'");
    }

    private static JsonDocument Load(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kusama.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new DirectoryNotFoundException($"no Kusama.slnx above {AppContext.BaseDirectory}");
        }

        return JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "tests", "Vectors", name)));
    }
}
