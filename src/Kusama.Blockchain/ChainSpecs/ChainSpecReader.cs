using System.Text.Json;
using System.Text.Json.Nodes;
using Kusama.Core;

namespace Kusama.Blockchain.ChainSpecs;

/// <summary>Reads Substrate chain-spec JSON in one forward pass; genesis hex is decoded straight from the UTF-8 input.</summary>
/// <remarks>Real specs are several MB of hex (Kusama's is 2.8 MB): no DOM is built for the genesis storage.</remarks>
public static class ChainSpecReader
{
    /// <summary>Largest chain-spec file accepted: 512 MiB, well above any real spec (Kusama's is 2.8 MB) yet bounded.</summary>
    public const long MaxSpecBytes = 512L * 1024 * 1024;

    /// <summary>Reads the chain spec at <paramref name="path"/>.</summary>
    public static ChainSpec ReadFile(string path)
    {
        byte[] json;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new ChainSpecException($"chain spec file '{path}' does not exist");
            if (info.Length > MaxSpecBytes)
                throw new ChainSpecException($"chain spec file '{path}' is {info.Length} bytes; the limit is {MaxSpecBytes}");
            json = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new ChainSpecException($"cannot read chain spec file '{path}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ChainSpecException($"cannot read chain spec file '{path}': {e.Message}", e);
        }
        try
        {
            return Read(json);
        }
        catch (ChainSpecException e)
        {
            throw new ChainSpecException($"invalid chain spec '{path}': {e.Message}", e);
        }
    }

    /// <summary>Reads a chain spec from UTF-8 JSON.</summary>
    public static ChainSpec Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            return ReadSpec(ref reader);
        }
        catch (JsonException e)
        {
            throw new ChainSpecException($"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new ChainSpecException($"unexpected JSON value: {e.Message}", e);
        }
    }

    private static ChainSpec ReadSpec(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "the chain spec");

        string? name = null, id = null, protocolId = null, forkId = null;
        ChainType chainType = ChainType.Live;
        List<string> bootNodes = [];
        List<TelemetryEndpoint>? telemetry = null;
        JsonObject? properties = null;
        List<KeyValuePair<uint, Hash256>>? forkBlocks = null;
        List<Hash256>? badBlocks = null;
        JsonNode? lightSyncState = null;
        List<KeyValuePair<string, byte[]>> codeSubstitutes = [];
        ChainSpecGenesis? genesis = null;

        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            string field = reader.GetString()!;
            Next(ref reader);
            switch (field)
            {
                case "name": name = ReadString(ref reader, field); break;
                case "id": id = ReadString(ref reader, field); break;
                case "chainType": chainType = ReadChainType(ref reader); break;
                case "bootNodes": bootNodes = ReadStringArray(ref reader, field); break;
                case "telemetryEndpoints": telemetry = ReadTelemetry(ref reader); break;
                case "protocolId": protocolId = ReadNullableString(ref reader, field); break;
                case "forkId": forkId = ReadNullableString(ref reader, field); break;
                case "properties": properties = ReadNullableObject(ref reader, field); break;
                case "consensusEngine": reader.Skip(); break; // deprecated, always null; Substrate skips it too
                case "forkBlocks": forkBlocks = ReadForkBlocks(ref reader); break;
                case "badBlocks": badBlocks = ReadBadBlocks(ref reader); break;
                case "lightSyncState": lightSyncState = ReadNode(ref reader); break;
                case "codeSubstitutes": codeSubstitutes = ReadCodeSubstitutes(ref reader); break;
                case "genesis": genesis = ReadGenesis(ref reader); break;
                default: throw new ChainSpecException($"unknown field '{field}'");
            }
        }

        return new ChainSpec
        {
            Name = name ?? throw new ChainSpecException("missing field 'name'"),
            Id = id ?? throw new ChainSpecException("missing field 'id'"),
            ChainType = chainType,
            BootNodes = bootNodes,
            TelemetryEndpoints = telemetry,
            ProtocolId = protocolId,
            ForkId = forkId,
            Properties = properties,
            ForkBlocks = forkBlocks,
            BadBlocks = badBlocks,
            LightSyncState = lightSyncState,
            CodeSubstitutes = codeSubstitutes,
            Genesis = genesis ?? throw new ChainSpecException("missing field 'genesis'"),
        };
    }

    private static ChainSpecGenesis ReadGenesis(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "genesis");
        ChainSpecGenesis? genesis = null;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            string field = reader.GetString()!;
            Next(ref reader);
            if (genesis is not null) throw new ChainSpecException($"genesis has more than one form ('{field}' after another)");
            genesis = field switch
            {
                "raw" => new ChainSpecGenesis.Raw(ReadRaw(ref reader)),
                "stateRootHash" => new ChainSpecGenesis.StateRootHash(ReadHash(ref reader, "genesis.stateRootHash")),
                "runtimeGenesis" or "runtime" => new ChainSpecGenesis.RuntimeGenesis(
                    ReadNullableObject(ref reader, "genesis." + field) ?? throw new ChainSpecException($"genesis.{field} is null")),
                _ => throw new ChainSpecException($"unknown genesis form '{field}' (expected raw, stateRootHash or runtimeGenesis)"),
            };
        }
        return genesis ?? throw new ChainSpecException("genesis is empty");
    }

    private static RawGenesis ReadRaw(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // The 2019 form: [top, children].
            Next(ref reader);
            var top = ReadStorageMap(ref reader, "genesis.raw[0]");
            Next(ref reader);
            Expect(ref reader, JsonTokenType.StartObject, "genesis.raw[1]");
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.EndObject)
                throw new ChainSpecException("genesis.raw[1]: child tries in the 2019 array form are not supported");
            Next(ref reader);
            Expect(ref reader, JsonTokenType.EndArray, "genesis.raw (a two-element array)");
            return new RawGenesis(top, []);
        }

        Expect(ref reader, JsonTokenType.StartObject, "genesis.raw");
        List<KeyValuePair<byte[], byte[]>>? topMap = null;
        var children = new List<KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]>>>>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            string field = reader.GetString()!;
            Next(ref reader);
            switch (field)
            {
                case "top":
                    topMap = ReadStorageMap(ref reader, "genesis.raw.top");
                    break;
                case "childrenDefault":
                    Expect(ref reader, JsonTokenType.StartObject, "genesis.raw.childrenDefault");
                    while (true)
                    {
                        Next(ref reader);
                        if (reader.TokenType == JsonTokenType.EndObject) break;
                        byte[] childKey = DecodeHex(ref reader, "genesis.raw.childrenDefault key");
                        Next(ref reader);
                        children.Add(new(childKey, ReadStorageMap(ref reader, "genesis.raw.childrenDefault." + Hex.Encode(childKey))));
                    }
                    break;
                default:
                    throw new ChainSpecException($"unknown field 'genesis.raw.{field}'");
            }
        }
        children.Sort(static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        for (int i = 1; i < children.Count; i++)
            if (children[i - 1].Key.AsSpan().SequenceEqual(children[i].Key))
                throw new ChainSpecException($"genesis.raw.childrenDefault: duplicate child key {Hex.Encode(children[i].Key)}");
        return new RawGenesis(topMap ?? throw new ChainSpecException("genesis.raw has no 'top'"), children);
    }

    private static List<KeyValuePair<byte[], byte[]>> ReadStorageMap(ref Utf8JsonReader reader, string where)
    {
        Expect(ref reader, JsonTokenType.StartObject, where);
        var entries = new List<KeyValuePair<byte[], byte[]>>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            byte[] key = DecodeHex(ref reader, where + " key");
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.String)
                throw new ChainSpecException($"{where}[{Hex.Encode(key)}]: expected a hex string value, got {reader.TokenType}");
            entries.Add(new(key, DecodeHex(ref reader, $"{where}[{Hex.Encode(key)}]")));
        }
        entries.Sort(static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        for (int i = 1; i < entries.Count; i++)
            if (entries[i - 1].Key.AsSpan().SequenceEqual(entries[i].Key))
                throw new ChainSpecException($"{where}: duplicate key {Hex.Encode(entries[i].Key)}");
        return entries;
    }

    private static byte[] DecodeHex(ref Utf8JsonReader reader, string where)
    {
        if (reader.ValueIsEscaped) return DecodeHexUtf8(System.Text.Encoding.UTF8.GetBytes(reader.GetString()!), where);
        return DecodeHexUtf8(reader.ValueSpan, where); // the reader runs over one span, so values never span segments
    }

    /// <summary>Decodes <c>0x</c>-prefixed hex from UTF-8 without an intermediate string.</summary>
    private static byte[] DecodeHexUtf8(ReadOnlySpan<byte> text, string where)
    {
        if (text.Length < 2 || text[0] != (byte)'0' || (text[1] | 0x20) != (byte)'x')
            throw new ChainSpecException($"{where}: expected 0x-prefixed hex");
        text = text[2..];
        if ((text.Length & 1) != 0) throw new ChainSpecException($"{where}: hex has an odd number of digits");
        byte[] bytes = new byte[text.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            int hi = Nibble(text[2 * i]), lo = Nibble(text[2 * i + 1]);
            if ((hi | lo) < 0) throw new ChainSpecException($"{where}: invalid hex digit at position {2 * i + 2}");
            bytes[i] = (byte)((hi << 4) | lo);
        }
        return bytes;
    }

    private static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static ChainType ReadChainType(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() switch
            {
                "Development" => ChainType.Development,
                "Local" => ChainType.Local,
                "Live" => ChainType.Live,
                var other => throw new ChainSpecException($"chainType '{other}' is not Development, Local, Live or {{\"Custom\": name}}"),
            };
        }
        Expect(ref reader, JsonTokenType.StartObject, "chainType");
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.PropertyName || reader.GetString() != "Custom")
            throw new ChainSpecException("chainType object must be {\"Custom\": name}");
        Next(ref reader);
        string custom = ReadString(ref reader, "chainType.Custom");
        Next(ref reader);
        Expect(ref reader, JsonTokenType.EndObject, "chainType");
        return new ChainType(custom, IsCustom: true);
    }

    private static List<TelemetryEndpoint>? ReadTelemetry(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartArray, "telemetryEndpoints");
        var endpoints = new List<TelemetryEndpoint>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) break;
            Expect(ref reader, JsonTokenType.StartArray, "telemetryEndpoints entry");
            Next(ref reader);
            string url = ReadString(ref reader, "telemetryEndpoints url");
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetByte(out byte verbosity))
                throw new ChainSpecException("telemetryEndpoints verbosity must be a number 0..255");
            Next(ref reader);
            Expect(ref reader, JsonTokenType.EndArray, "telemetryEndpoints entry ([url, verbosity])");
            endpoints.Add(new TelemetryEndpoint(url, verbosity));
        }
        return endpoints;
    }

    private static List<KeyValuePair<uint, Hash256>>? ReadForkBlocks(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartArray, "forkBlocks");
        var blocks = new List<KeyValuePair<uint, Hash256>>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) break;
            Expect(ref reader, JsonTokenType.StartArray, "forkBlocks entry");
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetUInt32(out uint number))
                throw new ChainSpecException("forkBlocks entry: block number must be a u32");
            Next(ref reader);
            Hash256 hash = ReadHash(ref reader, "forkBlocks entry");
            Next(ref reader);
            Expect(ref reader, JsonTokenType.EndArray, "forkBlocks entry ([number, hash])");
            blocks.Add(new(number, hash));
        }
        return blocks;
    }

    private static List<Hash256>? ReadBadBlocks(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartArray, "badBlocks");
        var blocks = new List<Hash256>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) break;
            blocks.Add(ReadHash(ref reader, "badBlocks entry"));
        }
        return blocks;
    }

    private static List<KeyValuePair<string, byte[]>> ReadCodeSubstitutes(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "codeSubstitutes");
        var substitutes = new List<KeyValuePair<string, byte[]>>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            string number = reader.GetString()!;
            if (!uint.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                throw new ChainSpecException($"codeSubstitutes key '{number}' is not a block number");
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.String)
                throw new ChainSpecException($"codeSubstitutes.{number}: expected a hex string");
            substitutes.Add(new(number, DecodeHex(ref reader, "codeSubstitutes." + number)));
        }
        return substitutes;
    }

    private static Hash256 ReadHash(ref Utf8JsonReader reader, string where)
    {
        if (reader.TokenType != JsonTokenType.String) throw new ChainSpecException($"{where}: expected a 0x-prefixed 32-byte hash");
        byte[] bytes = DecodeHex(ref reader, where);
        if (bytes.Length != Hash256.Length) throw new ChainSpecException($"{where}: a hash has 32 bytes, got {bytes.Length}");
        return new Hash256(bytes);
    }

    private static string ReadString(ref Utf8JsonReader reader, string where) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new ChainSpecException($"'{where}' must be a string, got {reader.TokenType}");

    private static string? ReadNullableString(ref Utf8JsonReader reader, string where) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, where);

    private static List<string> ReadStringArray(ref Utf8JsonReader reader, string where)
    {
        Expect(ref reader, JsonTokenType.StartArray, where);
        var items = new List<string>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) break;
            items.Add(ReadString(ref reader, where + " entry"));
        }
        return items;
    }

    private static JsonObject? ReadNullableObject(ref Utf8JsonReader reader, string where)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new ChainSpecException($"'{where}' must be an object, got {reader.TokenType}");
        return (JsonObject)ReadNode(ref reader)!;
    }

    private static JsonNode? ReadNode(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JsonNode.Parse(document.RootElement.GetRawText());
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new ChainSpecException("unexpected end of the chain spec");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type) throw new ChainSpecException($"{what}: expected {type}, got {reader.TokenType}");
    }
}
