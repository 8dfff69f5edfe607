using System.Text.Json;
using Kusama.Core;
using Kusama.Frame.Extrinsics;
using Kusama.Scale;

namespace Kusama.Interop.Host;

/// <summary>
/// The extrinsic operation: decode a signed Kusama extrinsic, rebuild its signing payload from the implicit values the
/// request gives, and verify the signature against the address's account.
/// </summary>
public static class ExtrinsicOperations
{
    /// <summary>
    /// Request: <c>extrinsic</c> (hex, with its length prefix), <c>specVersion</c>, <c>transactionVersion</c>,
    /// <c>genesisHash</c>, <c>blockHash</c> (the era's birth block). Metadata hash is None (mode 0).
    /// </summary>
    public static void Check(JsonElement request, Utf8JsonWriter result)
    {
        byte[] bytes = Hex.Decode(Text(request, "extrinsic"));
        var extrinsic = UncheckedExtrinsic.Decode<KusamaSignedExtra>(bytes);
        result.WriteStartObject();
        result.WriteNumber("version", extrinsic.Version);
        result.WriteString("type", extrinsic.Type.ToString());
        result.WriteString("call", Hex.Encode(extrinsic.Call));
        result.WriteString("hash", extrinsic.Hash().ToString());
        if (extrinsic.IsSigned)
        {
            var extra = ScaleCodec.Decode<KusamaSignedExtra>(extrinsic.Extensions);
            var implicitData = new KusamaSignedExtraImplicit(
                request.GetProperty("specVersion").GetUInt32(),
                request.GetProperty("transactionVersion").GetUInt32(),
                Hash256.Parse(Text(request, "genesisHash")),
                Hash256.Parse(Text(request, "blockHash")),
                Option<Hash256>.None);
            byte[] implicitBytes = ScaleCodec.Encode(implicitData);
            bool hasAccount = extrinsic.TryGetAccountId(out AccountId32 signer);

            result.WriteString("address", Hex.Encode(extrinsic.Address));
            result.WriteString("signatureKind", extrinsic.SignatureKind.ToString());
            result.WriteString("signature", Hex.Encode(extrinsic.Signature));
            result.WriteStartObject("era");
            result.WriteBoolean("immortal", extra.Era.IsImmortal);
            result.WriteNumber("period", extra.Era.Period);
            result.WriteNumber("phase", extra.Era.Phase);
            result.WriteEndObject();
            result.WriteNumber("nonce", extra.Nonce);
            result.WriteString("tip", extra.Tip.Value.ToString());
            result.WriteNumber("mode", (byte)extra.Mode);
            result.WriteNumber("payloadLength", SignedPayload.RawLength(extrinsic.Call, extrinsic.Extensions, implicitBytes));
            result.WriteString("signedMessage", Hex.Encode(SignedPayload.ToArray(extrinsic.Call, extrinsic.Extensions, implicitBytes)));
            result.WriteBoolean("verified", hasAccount && extrinsic.VerifySignature(implicitBytes, signer));
        }

        result.WriteEndObject();
    }

    private static string Text(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ArgumentException($"missing string parameter '{name}'");
}
