using System.Text.Json;

namespace Kusama.Crypto.Tests.Ecdsa;

/// <summary>The secp256k1, ethereumClaim and derivation.ecdsa sections of tests/Vectors/crypto-vectors.json (polkadot-js generated).</summary>
internal static class EcdsaVectors
{
    private static readonly JsonElement Root = Load();

    public static JsonElement[] Secp256k1 => Root.GetProperty("secp256k1").EnumerateArray().ToArray();

    public static JsonElement EthereumClaim => Root.GetProperty("ethereumClaim");

    public static JsonElement[] Derivations => Root.GetProperty("derivation").GetProperty("ecdsa").EnumerateArray().ToArray();

    public static string DevMiniSecret => Root.GetProperty("derivation").GetProperty("devMiniSecret").GetString()!;

    public static TheoryData<int> Secp256k1Indexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Secp256k1.Length; i++) data.Add(i);
        return data;
    }

    public static TheoryData<string> ErrorSuris()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement d in Derivations)
            if (d.TryGetProperty("error", out _)) data.Add(d.Str("suri"));
        return data;
    }

    public static JsonElement Derivation(string suri) => Derivations.Single(d => d.GetProperty("suri").GetString() == suri);

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static byte[] Bytes(this JsonElement e, string name) => Core.Hex.Decode(e.Str(name));

    private static JsonElement Load()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Kusama.slnx"))) dir = Path.GetDirectoryName(dir);
        if (dir is null) throw new InvalidOperationException("repository root (Kusama.slnx) not found above " + AppContext.BaseDirectory);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "tests", "Vectors", "crypto-vectors.json")));
        return doc.RootElement.Clone();
    }
}
