using System.Globalization;
using System.Text.Json;
using Kusama.Core;

namespace Kusama.Rpc;

/// <summary>
/// A call's <c>params</c>: a positional array, a named object, or absent. Each getter names the parameter by
/// position and by name so both forms work, and throws <see cref="RpcException"/> -32602 "Invalid params"
/// with data saying which parameter is wrong and why. Valid only while the handler runs (it reads the
/// request's document, which is returned to a pool afterwards): copy what you keep.
/// </summary>
public readonly struct RpcParams
{
    // Enough of a bad value to recognise it in an error message without echoing megabytes back.
    private const int MaxQuotedLength = 80;

    private readonly JsonElement _params;

    public RpcParams(JsonElement parameters)
    {
        _params = parameters;
    }

    /// <summary>No parameters.</summary>
    public static RpcParams Empty => default;

    /// <summary>The raw <c>params</c> element (<see cref="JsonValueKind.Undefined"/> when absent).</summary>
    public JsonElement Raw => _params;

    /// <summary>True when params were given as an object of named members.</summary>
    public bool IsNamed => _params.ValueKind == JsonValueKind.Object;

    /// <summary>Number of positional parameters (0 when absent or named).</summary>
    public int Count => _params.ValueKind == JsonValueKind.Array ? _params.GetArrayLength() : 0;

    /// <summary>The parameter, or false when it is absent or JSON null.</summary>
    public bool TryGet(int index, string name, out JsonElement value)
    {
        switch (_params.ValueKind)
        {
            case JsonValueKind.Array:
                if (index < _params.GetArrayLength())
                {
                    value = _params[index];
                    return value.ValueKind != JsonValueKind.Null;
                }
                break;
            case JsonValueKind.Object:
                if (_params.TryGetProperty(name, out value))
                    return value.ValueKind != JsonValueKind.Null;
                break;
        }
        value = default;
        return false;
    }

    /// <summary>The parameter as a JSON element; throws when it is absent.</summary>
    public JsonElement GetElement(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? value : throw Missing(index, name);

    public string GetString(int index, string name) => ReadString(GetElement(index, name), index, name);

    public string? GetOptionalString(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? ReadString(value, index, name) : null;

    public bool GetBool(int index, string name) => ReadBool(GetElement(index, name), index, name);

    public bool? GetOptionalBool(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? ReadBool(value, index, name) : null;

    /// <summary><c>"0x…"</c> hex bytes (an empty <c>"0x"</c> is zero bytes).</summary>
    public byte[] GetHexBytes(int index, string name) => ReadHex(GetElement(index, name), index, name);

    public byte[]? GetOptionalHexBytes(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? ReadHex(value, index, name) : null;

    /// <summary>A 32-byte hash as <c>"0x"</c> + 64 hex digits.</summary>
    public Hash256 GetHash(int index, string name) => ReadHash(GetElement(index, name), index, name);

    /// <summary>An optional block hash (the usual trailing <c>at</c> parameter).</summary>
    public Hash256? GetOptionalHash(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? ReadHash(value, index, name) : null;

    /// <summary>A u32 from a JSON number or a hex string, as Substrate's <c>NumberOrHex</c> accepts block numbers.</summary>
    public uint GetU32(int index, string name) => ReadU32(GetElement(index, name), index, name);

    public uint? GetOptionalU32(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? ReadU32(value, index, name) : null;

    /// <summary>A u64 from a JSON number or a hex string.</summary>
    public ulong GetU64(int index, string name) => ReadU64(GetElement(index, name), index, name);

    public ulong? GetOptionalU64(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? ReadU64(value, index, name) : null;

    /// <summary>An array of <c>"0x…"</c> hex values (storage keys, extrinsics).</summary>
    public byte[][] GetHexArray(int index, string name) => ReadHexArray(GetElement(index, name), index, name);

    public byte[][]? GetOptionalHexArray(int index, string name) =>
        TryGet(index, name, out JsonElement value) ? ReadHexArray(value, index, name) : null;

    /// <summary>Reads a u32 from an element (number or hex string); for array items the module parses itself.</summary>
    public static uint ReadU32(JsonElement value, int index, string name)
    {
        ulong number = ReadU64(value, index, name);
        if (number > uint.MaxValue)
            throw Invalid(index, name, $"{number} > u32::MAX, the max block number is u32");
        return (uint)number;
    }

    public static ulong ReadU64(JsonElement value, int index, string name)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                if (value.TryGetUInt64(out ulong number)) return number;
                throw Invalid(index, name, $"expected an unsigned integer, got {Quote(value)}");
            case JsonValueKind.String:
                string text = value.GetString()!;
                if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text.Length > 2 && text.Length <= 18
                    && ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong parsed))
                    return parsed;
                throw Invalid(index, name, $"expected a number or a 0x-prefixed hex number of at most 64 bits, got {Quote(value)}");
            default:
                throw Invalid(index, name, $"expected a number or a hex string, got {Describe(value)}");
        }
    }

    public static byte[] ReadHex(JsonElement value, int index, string name)
    {
        if (value.ValueKind != JsonValueKind.String)
            throw Invalid(index, name, $"expected a 0x-prefixed hex string, got {Describe(value)}");
        string text = value.GetString()!;
        // impl-serde's bytes: the 0x prefix is optional, and "" is no bytes (PAPI sends "" for empty call data).
        ReadOnlySpan<char> digits = text.StartsWith("0x", StringComparison.Ordinal) ? text.AsSpan(2) : text.AsSpan();
        if ((digits.Length & 1) != 0)
            throw Invalid(index, name, $"hex string has an odd number of digits ({digits.Length})");
        byte[] bytes = new byte[digits.Length / 2];
        if (Convert.FromHexString(digits, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
            throw Invalid(index, name, $"invalid hex character in {Quote(value)}");
        return bytes;
    }

    public static Hash256 ReadHash(JsonElement value, int index, string name)
    {
        if (value.ValueKind != JsonValueKind.String)
            throw Invalid(index, name, $"expected a 0x-prefixed 32-byte hex hash, got {Describe(value)}");
        string text = value.GetString()!;
        if (text.Length == 2 + 2 * Hash256.Length && text.StartsWith("0x", StringComparison.Ordinal)
            && Hash256.TryParse(text, out Hash256 hash))
            return hash;
        throw Invalid(index, name, $"expected a 0x-prefixed 32-byte hex hash, got {Quote(value)}");
    }

    public static byte[][] ReadHexArray(JsonElement value, int index, string name)
    {
        if (value.ValueKind != JsonValueKind.Array)
            throw Invalid(index, name, $"expected an array of 0x-prefixed hex strings, got {Describe(value)}");
        byte[][] items = new byte[value.GetArrayLength()][];
        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
            items[i] = ReadHex(item, index, $"{name}[{i++}]");
        return items;
    }

    private static string ReadString(JsonElement value, int index, string name) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(index, name, $"expected a string, got {Describe(value)}");

    private static bool ReadBool(JsonElement value, int index, string name) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid(index, name, $"expected a boolean, got {Describe(value)}"),
    };

    /// <summary>The -32602 exception for a parameter, in the form every helper uses.</summary>
    public static RpcException Invalid(int index, string name, string reason) =>
        RpcException.InvalidParams($"invalid param {index} `{name}`: {reason}");

    private static RpcException Missing(int index, string name) =>
        RpcException.InvalidParams($"missing param {index} `{name}`");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Quote(value)}",
        JsonValueKind.Number => $"the number {Quote(value)}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        _ => "null",
    };

    private static string Quote(JsonElement value)
    {
        string raw = value.GetRawText();
        return raw.Length <= MaxQuotedLength ? raw : string.Concat(raw.AsSpan(0, MaxQuotedLength), "…");
    }
}
