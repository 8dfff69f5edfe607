using System.Text.Json;
using Kusama.Core;

namespace Kusama.Blockchain.ChainSpecs;

/// <summary>Writes chain-spec JSON in Substrate's field order, with raw genesis keys sorted.</summary>
public static class ChainSpecWriter
{
    /// <summary>Writes <paramref name="spec"/> as indented UTF-8 JSON to <paramref name="output"/>.</summary>
    public static void Write(ChainSpec spec, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("name", spec.Name);
        json.WriteString("id", spec.Id);
        json.WritePropertyName("chainType");
        if (spec.ChainType.IsCustom)
        {
            json.WriteStartObject();
            json.WriteString("Custom", spec.ChainType.Name);
            json.WriteEndObject();
        }
        else
        {
            json.WriteStringValue(spec.ChainType.Name);
        }

        json.WriteStartArray("bootNodes");
        foreach (string node in spec.BootNodes) json.WriteStringValue(node);
        json.WriteEndArray();

        json.WritePropertyName("telemetryEndpoints");
        if (spec.TelemetryEndpoints is null) json.WriteNullValue();
        else
        {
            json.WriteStartArray();
            foreach (TelemetryEndpoint endpoint in spec.TelemetryEndpoints)
            {
                json.WriteStartArray();
                json.WriteStringValue(endpoint.Url);
                json.WriteNumberValue(endpoint.Verbosity);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }

        if (spec.ProtocolId is null) json.WriteNull("protocolId");
        else json.WriteString("protocolId", spec.ProtocolId);
        if (spec.ForkId is not null) json.WriteString("forkId", spec.ForkId);

        json.WritePropertyName("properties");
        if (spec.Properties is null) json.WriteNullValue();
        else spec.Properties.WriteTo(json);

        json.WritePropertyName("forkBlocks");
        if (spec.ForkBlocks is null) json.WriteNullValue();
        else
        {
            json.WriteStartArray();
            foreach (var (number, hash) in spec.ForkBlocks)
            {
                json.WriteStartArray();
                json.WriteNumberValue(number);
                json.WriteStringValue(hash.ToString());
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }

        json.WritePropertyName("badBlocks");
        if (spec.BadBlocks is null) json.WriteNullValue();
        else
        {
            json.WriteStartArray();
            foreach (Hash256 hash in spec.BadBlocks) json.WriteStringValue(hash.ToString());
            json.WriteEndArray();
        }

        json.WritePropertyName("lightSyncState");
        if (spec.LightSyncState is null) json.WriteNullValue();
        else spec.LightSyncState.WriteTo(json);

        json.WriteStartObject("codeSubstitutes");
        foreach (var (number, code) in spec.CodeSubstitutes) json.WriteString(number, Hex.Encode(code));
        json.WriteEndObject();

        json.WriteStartObject("genesis");
        switch (spec.Genesis)
        {
            case ChainSpecGenesis.Raw raw:
                json.WriteStartObject("raw");
                WriteStorage(json, "top", raw.Storage.Top);
                json.WriteStartObject("childrenDefault");
                foreach (var (childKey, entries) in raw.Storage.ChildrenDefault) WriteStorage(json, Hex.Encode(childKey), entries);
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case ChainSpecGenesis.StateRootHash root:
                json.WriteString("stateRootHash", root.Root.ToString());
                break;
            case ChainSpecGenesis.RuntimeGenesis runtime:
                json.WritePropertyName("runtimeGenesis");
                runtime.Config.WriteTo(json);
                break;
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStorage(Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<byte[], byte[]>> entries)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in entries) json.WriteString(Hex.Encode(key), Hex.Encode(value));
        json.WriteEndObject();
    }
}
