using System.Text.Json;
using Kusama.Frame.Primitives;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>
/// The runtime of a block as <c>chainHead_v1_follow</c> reports it: <c>{"type":"valid","spec":{…,"apis":{"0x…":n}}}</c>,
/// or <c>{"type":"invalid","error":…}</c> when this node cannot tell (no runtime it knows).
/// </summary>
public static class RuntimeEventJson
{
    public static void WriteValid(Utf8JsonWriter writer, RuntimeVersion version)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "valid"u8);
        writer.WritePropertyName("spec"u8);
        writer.WriteStartObject();
        writer.WriteString("specName"u8, version.SpecName);
        writer.WriteString("implName"u8, version.ImplName);
        writer.WriteNumber("specVersion"u8, version.SpecVersion);
        writer.WriteNumber("implVersion"u8, version.ImplVersion);
        writer.WriteNumber("transactionVersion"u8, version.TransactionVersion);
        writer.WritePropertyName("apis"u8);
        writer.WriteStartObject();
        foreach ((byte[] id, uint apiVersion) in version.Apis)
            writer.WriteNumber("0x" + Convert.ToHexStringLower(id), apiVersion);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteInvalid(Utf8JsonWriter writer, string error)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "invalid"u8);
        writer.WriteString("error"u8, error);
        writer.WriteEndObject();
    }
}
