using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>Writers for the JSON shapes Substrate's serde gives headers, blocks and runtime versions (client-interop §1.2, §3.9).</summary>
public static class LegacyJson
{
    /// <summary><c>{"parentHash","number":"0x…","stateRoot","extrinsicsRoot","digest":{"logs":["0x…"]}}</c>; the number is hex, each log its SCALE encoding.</summary>
    public static void WriteHeader(Utf8JsonWriter writer, Header header)
    {
        writer.WriteStartObject();
        writer.WriteHex("parentHash", header.ParentHash.Bytes);
        writer.WriteString("number", "0x" + header.Number.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteHex("stateRoot", header.StateRoot.Bytes);
        writer.WriteHex("extrinsicsRoot", header.ExtrinsicsRoot.Bytes);
        writer.WritePropertyName("digest");
        writer.WriteStartObject();
        writer.WritePropertyName("logs");
        writer.WriteStartArray();
        foreach (DigestItem item in header.Digest)
            writer.WriteHexValue(ScaleCodec.Encode(item));
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static RpcResult Header(Header header) => RpcResult.Json(writer => WriteHeader(writer, header));

    /// <summary>
    /// <c>{"block":{"header","extrinsics"},"justifications"}</c>: extrinsics keep their length prefix; justifications are null
    /// or sp-runtime's serde form, a list of <c>[engineId bytes, justification bytes]</c> with bytes as number arrays.
    /// </summary>
    public static void WriteBlock(Utf8JsonWriter writer, Header header, byte[][] body, Justifications? justifications)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("block");
        writer.WriteStartObject();
        writer.WritePropertyName("header");
        WriteHeader(writer, header);
        writer.WritePropertyName("extrinsics");
        writer.WriteStartArray();
        foreach (byte[] extrinsic in body)
            writer.WriteHexValue(extrinsic);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WritePropertyName("justifications");
        if (justifications is null || justifications.Items.Count == 0)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartArray();
            foreach (Justification justification in justifications.Items)
            {
                writer.WriteStartArray();
                WriteByteArray(writer, justification.EngineId);
                WriteByteArray(writer, justification.Data);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>sp-version's serde: both <c>systemVersion</c> and <c>stateVersion</c> carry the same value.</summary>
    public static void WriteRuntimeVersion(Utf8JsonWriter writer, RuntimeVersion version)
    {
        writer.WriteStartObject();
        writer.WriteString("specName", version.SpecName);
        writer.WriteString("implName", version.ImplName);
        writer.WriteNumber("authoringVersion", version.AuthoringVersion);
        writer.WriteNumber("specVersion", version.SpecVersion);
        writer.WriteNumber("implVersion", version.ImplVersion);
        writer.WritePropertyName("apis");
        writer.WriteStartArray();
        foreach ((byte[] id, uint apiVersion) in version.Apis)
        {
            writer.WriteStartArray();
            writer.WriteHexValue(id);
            writer.WriteNumberValue(apiVersion);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteNumber("transactionVersion", version.TransactionVersion);
        writer.WriteNumber("systemVersion", version.SystemVersion);
        writer.WriteNumber("stateVersion", version.SystemVersion);
        writer.WriteEndObject();
    }

    public static RpcResult RuntimeVersion(RuntimeVersion version) => RpcResult.Json(writer => WriteRuntimeVersion(writer, version));

    /// <summary><c>{"block":"0x…","changes":[["0xkey","0xvalue"|null],…]}</c>, a storage change set.</summary>
    public static void WriteChangeSet(Utf8JsonWriter writer, Hash256 block, IReadOnlyList<KeyValuePair<byte[], byte[]?>> changes)
    {
        writer.WriteStartObject();
        writer.WriteHex("block", block.Bytes);
        writer.WritePropertyName("changes");
        writer.WriteStartArray();
        foreach (KeyValuePair<byte[], byte[]?> change in changes)
        {
            writer.WriteStartArray();
            writer.WriteHexValue(change.Key);
            writer.WriteHexOrNullValue(change.Value);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteByteArray(Utf8JsonWriter writer, byte[] bytes)
    {
        writer.WriteStartArray();
        foreach (byte b in bytes)
            writer.WriteNumberValue(b);
        writer.WriteEndArray();
    }
}
