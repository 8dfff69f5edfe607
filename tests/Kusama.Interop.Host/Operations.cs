using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Crypto.Merlin;
using Kusama.Crypto.Sr25519;
using Kusama.Crypto.Ss58;
using Kusama.Interop.Host.ScaleTypes;
using Bip39 = Kusama.Crypto.Bip39.Mnemonic;
using EcdsaAlgorithm = Kusama.Crypto.Ecdsa.EcdsaSignature;

namespace Kusama.Interop.Host;

/// <summary>The host's operations: each reads its parameters from the request and writes its JSON result.</summary>
public static class Operations
{
    /// <exception cref="ArgumentException">An unknown op or a missing parameter.</exception>
    public static void Run(JsonElement request, Utf8JsonWriter result)
    {
        var op = String(request, "op");
        switch (op)
        {
            case "sr25519Sign": Sign(request, result, KeyScheme.Sr25519, "miniSecret"); break;
            case "sr25519Verify": result.WriteBooleanValue(Verify(request, KeyScheme.Sr25519)); break;
            case "ed25519Sign": Sign(request, result, KeyScheme.Ed25519, "seed"); break;
            case "ed25519Verify": result.WriteBooleanValue(Verify(request, KeyScheme.Ed25519)); break;
            case "ecdsaSign": Sign(request, result, KeyScheme.Ecdsa, "seed"); break;
            case "ecdsaVerify": result.WriteBooleanValue(Verify(request, KeyScheme.Ecdsa)); break;
            case "ecdsaRecover": EcdsaRecover(request, result); break;
            case "vrfSign": VrfSign(request, result); break;
            case "vrfVerify": result.WriteBooleanValue(VrfVerify(request)); break;
            case "derive": Derive(request, result); break;
            case "ss58Encode": result.WriteStringValue(Ss58Address.Encode(Bytes(request, "payload"), Prefix(request))); break;
            case "ss58Decode": Ss58Decode(request, result); break;
            case "mnemonicGenerate": result.WriteStringValue(Bip39.Generate(request.GetProperty("words").GetInt32())); break;
            case "mnemonicToMiniSecret": MnemonicToMiniSecret(request, result); break;
            case "scaleEncode": ScaleEncode(request, result); break;
            case "scaleDecode": ScaleDecode(request, result); break;
            case "extrinsicCheck": ExtrinsicOperations.Check(request, result); break;
            case "devChainInfo": RuntimeOperations.DevChainInfo(result); break;
            case "applyBlock": RuntimeOperations.ApplyBlock(request, result); break;
            case "stateCall": RuntimeOperations.StateCall(request, result); break;
            default: throw new ArgumentException($"unknown op '{op}'");
        }
    }

    private static void Sign(JsonElement request, Utf8JsonWriter result, KeyScheme scheme, string seedName)
    {
        var pair = KeyPair.FromSeed(scheme, Bytes(request, seedName));
        result.WriteStartObject();
        result.WriteString("publicKey", Hex.Encode(pair.PublicKey));
        result.WriteString("signature", Hex.Encode(pair.Sign(Bytes(request, "message"))));
        result.WriteEndObject();
    }

    private static bool Verify(JsonElement request, KeyScheme scheme) =>
        KeyPair.Verify(scheme, Bytes(request, "signature"), Bytes(request, "message"), Bytes(request, "publicKey"));

    private static void EcdsaRecover(JsonElement request, Utf8JsonWriter result)
    {
        Span<byte> hash = stackalloc byte[32];
        Span<byte> publicKey = stackalloc byte[EcdsaAlgorithm.PublicKeyLength];
        Kusama.Crypto.Hashing.Blake2b.Hash256(Bytes(request, "message"), hash);
        if (!EcdsaAlgorithm.RecoverCompressed(Bytes(request, "signature"), hash, publicKey))
        {
            throw new ArgumentException("the signature does not recover to a public key");
        }

        result.WriteStringValue(Hex.Encode(publicKey));
    }

    /// <summary>polkadot.js's VRF convention: input = SigningContext(context).bytes(message); extra = Transcript("VRF") plus
    /// append_message("", extra) when extra is not empty; sign output = pre-output (32) ‖ proof c ‖ s (64).</summary>
    private static (MerlinTranscript Input, MerlinTranscript Extra) VrfTranscripts(JsonElement request)
    {
        var input = new SigningContext(Bytes(request, "context")).Bytes(Bytes(request, "message"));
        var extra = new MerlinTranscript("VRF"u8);
        var extraData = Bytes(request, "extra");
        if (extraData.Length > 0)
        {
            extra.AppendMessage(""u8, extraData);
        }

        return (input, extra);
    }

    private static void VrfSign(JsonElement request, Utf8JsonWriter result)
    {
        var pair = Sr25519KeyPair.FromMiniSecret(Bytes(request, "miniSecret"));
        var (input, extra) = VrfTranscripts(request);
        var signOutput = new byte[Sr25519Vrf.PreOutputLength + Sr25519Vrf.ProofLength];
        pair.VrfSign(input, extra, signOutput.AsSpan(0, Sr25519Vrf.PreOutputLength), signOutput.AsSpan(Sr25519Vrf.PreOutputLength));
        result.WriteStartObject();
        result.WriteString("publicKey", Hex.Encode(pair.PublicKey));
        result.WriteString("signOutput", Hex.Encode(signOutput));
        result.WriteEndObject();
    }

    private static bool VrfVerify(JsonElement request)
    {
        var signOutput = Bytes(request, "signOutput");
        if (signOutput.Length != Sr25519Vrf.PreOutputLength + Sr25519Vrf.ProofLength)
        {
            return false;
        }

        var (input, extra) = VrfTranscripts(request);
        return Sr25519Vrf.Verify(Bytes(request, "publicKey"), input, extra, signOutput.AsSpan(0, Sr25519Vrf.PreOutputLength), signOutput.AsSpan(Sr25519Vrf.PreOutputLength));
    }

    private static void Derive(JsonElement request, Utf8JsonWriter result)
    {
        var pair = KeyPair.FromSuri(KeySchemes.Parse(String(request, "scheme")), String(request, "suri"));
        result.WriteStartObject();
        result.WriteString("publicKey", Hex.Encode(pair.PublicKey));
        result.WriteString("accountId", pair.AccountId.ToString());
        result.WriteString("ss58", Ss58Address.Encode(pair.AccountId, Prefix(request)));
        result.WriteEndObject();
    }

    private static void Ss58Decode(JsonElement request, Utf8JsonWriter result)
    {
        var (prefix, payload) = Ss58Address.Decode(String(request, "address"));
        result.WriteStartObject();
        result.WriteString("payload", Hex.Encode(payload));
        result.WriteNumber("prefix", prefix);
        result.WriteEndObject();
    }

    private static void MnemonicToMiniSecret(JsonElement request, Utf8JsonWriter result)
    {
        var phrase = String(request, "phrase");
        var password = request.TryGetProperty("password", out var value) ? value.GetString() : null;
        result.WriteStartObject();
        result.WriteString("entropy", Hex.Encode(Bip39.ToEntropy(phrase)));
        result.WriteString("miniSecret", Hex.Encode(Bip39.ToMiniSecret(phrase, password)));
        result.WriteEndObject();
    }

    private static void ScaleEncode(JsonElement request, Utf8JsonWriter result)
    {
        var type = ScaleTypeParser.Parse(String(request, "type"));
        var value = ScaleJson.FromJson(type, request.GetProperty("value"));
        result.WriteStringValue(Hex.Encode(DynamicScale.Encode(value)));
    }

    private static void ScaleDecode(JsonElement request, Utf8JsonWriter result)
    {
        var type = ScaleTypeParser.Parse(String(request, "type"));
        ScaleJson.Write(result, DynamicScale.Decode(type, Bytes(request, "hex")));
    }

    private static string String(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ArgumentException($"missing string parameter '{name}'");

    private static byte[] Bytes(JsonElement request, string name) => Hex.Decode(String(request, name));

    private static ushort Prefix(JsonElement request) =>
        request.TryGetProperty("prefix", out var value) && value.TryGetUInt16(out var prefix)
            ? prefix
            : throw new ArgumentException("missing or invalid 'prefix' (0..16383)");
}
