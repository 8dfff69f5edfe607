using System.Text.Json;

namespace Kusama.Crypto.Tests.Ecdsa;

/// <summary>The secp256k1, ethereumClaim and derivation.ecdsa sections of tests/Vectors/crypto-vectors.json (polkadot-js generated).</summary>
internal static class EcdsaVectors
{
    private static readonly JsonElement Root = TestVectors.Crypto;

    public static JsonElement[] Secp256k1 => Root.GetProperty("secp256k1").EnumerateArray().ToArray();

    public static JsonElement EthereumClaim => Root.GetProperty("ethereumClaim");

    public static JsonElement[] Derivations => Root.GetProperty("derivation").GetProperty("ecdsa").EnumerateArray().ToArray();

    public static string DevMiniSecret => Root.GetProperty("derivation").String("devMiniSecret");

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
            if (d.TryGetProperty("error", out _)) data.Add(d.String("suri"));
        return data;
    }

    public static JsonElement Derivation(string suri) => Derivations.Single(d => d.String("suri") == suri);
}
