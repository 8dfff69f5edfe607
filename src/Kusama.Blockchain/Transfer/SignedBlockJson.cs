using System.Globalization;
using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Blockchain.Transfer;

/// <summary>
/// A <c>SignedBlock</c> as serde writes it (what <c>chain_getBlock</c> returns and <c>export-blocks</c> streams):
/// <c>{"block":{"header":{"parentHash","number" (hex),"stateRoot","extrinsicsRoot","digest":{"logs":[hex]}},"extrinsics":[hex]},"justifications":null}</c>,
/// justifications being <c>[[[engine bytes],[proof bytes]],…]</c> (serde's arrays of numbers).
/// </summary>
public static class SignedBlockJson
{
    /// <summary>Writes <paramref name="block"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, SignedBlock block)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(block);
        Header header = block.Block.Header;
        writer.WriteStartObject();
        writer.WriteStartObject("block");
        writer.WriteStartObject("header");
        writer.WriteString("parentHash", Hex.Encode(header.ParentHash.Bytes));
        writer.WriteString("number", "0x" + header.Number.ToString("x", CultureInfo.InvariantCulture));
        writer.WriteString("stateRoot", Hex.Encode(header.StateRoot.Bytes));
        writer.WriteString("extrinsicsRoot", Hex.Encode(header.ExtrinsicsRoot.Bytes));
        writer.WriteStartObject("digest");
        writer.WriteStartArray("logs");
        foreach (DigestItem item in header.Digest) writer.WriteStringValue(Hex.Encode(ScaleCodec.Encode(item)));
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("extrinsics");
        foreach (byte[] extrinsic in block.Block.Extrinsics) writer.WriteStringValue(Hex.Encode(extrinsic));
        writer.WriteEndArray();
        writer.WriteEndObject();
        if (block.Justifications is { } justifications)
        {
            writer.WriteStartArray("justifications");
            foreach (Justification justification in justifications.Items)
            {
                writer.WriteStartArray();
                WriteByteArray(writer, justification.EngineId);
                WriteByteArray(writer, justification.Data);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("justifications");
        }
        writer.WriteEndObject();
    }

    /// <summary>Reads one JSON <c>SignedBlock</c> object.</summary>
    /// <exception cref="FormatException">The JSON is not a signed block; the message says which field is wrong.</exception>
    public static SignedBlock Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"invalid JSON: {exception.Message}", exception);
        }
        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    /// <summary>Reads a <c>SignedBlock</c> from a parsed JSON value.</summary>
    /// <exception cref="FormatException">The value is not a signed block.</exception>
    public static SignedBlock Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException($"expected a signed block object, got {root.ValueKind}");
        JsonElement block = Required(root, "block", JsonValueKind.Object);
        JsonElement headerJson = Required(block, "header", JsonValueKind.Object);
        JsonElement logs = Required(Required(headerJson, "digest", JsonValueKind.Object), "logs", JsonValueKind.Array);
        var digest = new DigestItem[logs.GetArrayLength()];
        int index = 0;
        foreach (JsonElement log in logs.EnumerateArray())
        {
            byte[] bytes = HexBytes(log, $"digest log {index}");
            try
            {
                digest[index] = ScaleCodec.Decode<DigestItem>(bytes);
            }
            catch (ScaleDecodeException exception)
            {
                throw new FormatException($"digest log {index} does not decode: {exception.Message}", exception);
            }
            index++;
        }
        var header = new Header(
            HashField(headerJson, "parentHash"),
            Number(Required(headerJson, "number", null)),
            HashField(headerJson, "stateRoot"),
            HashField(headerJson, "extrinsicsRoot"),
            digest);

        JsonElement extrinsicsJson = Required(block, "extrinsics", JsonValueKind.Array);
        var extrinsics = new byte[extrinsicsJson.GetArrayLength()][];
        index = 0;
        foreach (JsonElement extrinsic in extrinsicsJson.EnumerateArray())
        {
            byte[] bytes = HexBytes(extrinsic, $"extrinsic {index}");
            CheckLengthPrefix(bytes, index);
            extrinsics[index++] = bytes;
        }

        Justifications? justifications = null;
        if (root.TryGetProperty("justifications", out JsonElement justificationsJson) && justificationsJson.ValueKind != JsonValueKind.Null)
            justifications = ParseJustifications(justificationsJson);
        return new SignedBlock(new Block(header, extrinsics), justifications);
    }

    private static Justifications ParseJustifications(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array) throw new FormatException("justifications: expected null or an array of [engine, proof] pairs");
        var items = new List<Justification>(json.GetArrayLength());
        foreach (JsonElement pair in json.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
                throw new FormatException("justifications: each entry must be an [engine, proof] pair");
            byte[] engine = ByteArray(pair[0], "justification engine id");
            if (engine.Length != 4) throw new FormatException($"justification engine id: expected 4 bytes, got {engine.Length}");
            items.Add(new Justification(engine, ByteArray(pair[1], "justification proof")));
        }
        return new Justifications(items);
    }

    /// <summary>An opaque extrinsic's JSON carries its compact length prefix; a mismatch would make a different block.</summary>
    private static void CheckLengthPrefix(byte[] extrinsic, int index)
    {
        var reader = new ScaleReader(extrinsic);
        try
        {
            int length = reader.ReadCompactLength(int.MaxValue, "extrinsic");
            if (reader.Remaining != length)
                throw new FormatException($"extrinsic {index}: its length prefix says {length} bytes, {reader.Remaining} follow");
        }
        catch (ScaleDecodeException exception)
        {
            throw new FormatException($"extrinsic {index}: no valid length prefix ({exception.Message})", exception);
        }
    }

    private static uint Number(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt32(out uint number)) return number;
        if (value.ValueKind == JsonValueKind.String)
        {
            string text = value.GetString()!;
            if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                && uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number))
                return number;
        }
        throw new FormatException($"header number: expected a u32 as a hex string or number, got {value.GetRawText()}");
    }

    private static Hash256 HashField(JsonElement parent, string name)
    {
        JsonElement value = Required(parent, name, JsonValueKind.String);
        byte[] bytes = HexBytes(value, name);
        if (bytes.Length != Hash256.Length) throw new FormatException($"{name}: expected {Hash256.Length} bytes, got {bytes.Length}");
        return new Hash256(bytes);
    }

    private static byte[] HexBytes(JsonElement value, string what)
    {
        if (value.ValueKind != JsonValueKind.String) throw new FormatException($"{what}: expected a hex string, got {value.ValueKind}");
        try
        {
            return Hex.Decode(value.GetString()!);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"{what}: {exception.Message}", exception);
        }
    }

    private static byte[] ByteArray(JsonElement value, string what)
    {
        if (value.ValueKind != JsonValueKind.Array) throw new FormatException($"{what}: expected an array of bytes");
        var bytes = new byte[value.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetByte(out bytes[i]))
                throw new FormatException($"{what}: element {i} is not a byte");
            i++;
        }
        return bytes;
    }

    private static void WriteByteArray(Utf8JsonWriter writer, byte[] bytes)
    {
        writer.WriteStartArray();
        foreach (byte b in bytes) writer.WriteNumberValue(b);
        writer.WriteEndArray();
    }

    private static JsonElement Required(JsonElement parent, string name, JsonValueKind? kind)
    {
        if (!parent.TryGetProperty(name, out JsonElement value)) throw new FormatException($"missing field '{name}'");
        if (kind is { } expected && value.ValueKind != expected) throw new FormatException($"field '{name}': expected {expected}, got {value.ValueKind}");
        return value;
    }
}
