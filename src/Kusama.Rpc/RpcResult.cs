using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kusama.Rpc;

/// <summary>
/// What a handler answers: a JSON value written straight to the response (no reflection), or an error.
/// Strings, numbers and booleans convert implicitly; objects come as <see cref="IRpcJsonValue"/>, a writer
/// callback, a <see cref="JsonNode"/>, or raw JSON bytes the handler already has.
/// </summary>
public readonly struct RpcResult
{
    private readonly Kind _kind;
    private readonly object? _value;
    private readonly long _number;

    private RpcResult(Kind kind, object? value, long number = 0)
    {
        _kind = kind;
        _value = value;
        _number = number;
    }

    /// <summary>JSON <c>null</c> (also the default value).</summary>
    public static RpcResult Null => default;

    public static RpcResult True => new(Kind.Boolean, null, 1);

    public static RpcResult False => new(Kind.Boolean, null, 0);

    /// <summary>True when the result is an error rather than a value.</summary>
    public bool IsError => _kind == Kind.Error;

    /// <summary>The error when <see cref="IsError"/>.</summary>
    public RpcError? Error => _kind == Kind.Error ? (RpcError)_value! : null;

    public static RpcResult Boolean(bool value) => new(Kind.Boolean, null, value ? 1 : 0);

    public static RpcResult Number(long value) => new(Kind.Int64, null, value);

    public static RpcResult Number(ulong value) => new(Kind.UInt64, null, unchecked((long)value));

    /// <summary>A JSON string, or null when <paramref name="value"/> is null.</summary>
    public static RpcResult String(string? value) => value is null ? default : new(Kind.String, value);

    /// <summary><c>"0x…"</c> lower-case hex of the bytes (kept by reference, not copied).</summary>
    public static RpcResult Hex(byte[] bytes) => new(Kind.Hex, bytes ?? throw new ArgumentNullException(nameof(bytes)));

    /// <summary><c>"0x…"</c> lower-case hex of a copy of the bytes.</summary>
    public static RpcResult Hex(ReadOnlySpan<byte> bytes) => new(Kind.Hex, bytes.ToArray());

    /// <summary><c>"0x…"</c> hex, or JSON null when <paramref name="bytes"/> is null (e.g. absent storage).</summary>
    public static RpcResult HexOrNull(byte[]? bytes) => bytes is null ? default : new(Kind.Hex, bytes);

    /// <summary>Already-serialized UTF-8 JSON, copied into the response as is (the caller vouches it is valid).</summary>
    public static RpcResult RawJson(byte[] utf8Json) => new(Kind.Raw, utf8Json ?? throw new ArgumentNullException(nameof(utf8Json)));

    public static RpcResult Json(IRpcJsonValue value) => new(Kind.Value, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A value written by <paramref name="write"/> when the response is serialized.</summary>
    public static RpcResult Json(Action<Utf8JsonWriter> write) => new(Kind.Writer, write ?? throw new ArgumentNullException(nameof(write)));

    public static RpcResult Json(JsonNode? node) => node is null ? default : new(Kind.Node, node);

    /// <summary>A copy of <paramref name="element"/> (safe to keep after its document is disposed).</summary>
    public static RpcResult Json(JsonElement element) =>
        element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : new(Kind.Element, element.Clone());

    /// <summary>An error answer, the non-throwing alternative to <see cref="RpcException"/>.</summary>
    public static RpcResult Failure(RpcError error) => new(Kind.Error, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator RpcResult(string? value) => String(value);

    public static implicit operator RpcResult(bool value) => Boolean(value);

    public static implicit operator RpcResult(int value) => Number(value);

    public static implicit operator RpcResult(uint value) => Number(value);

    public static implicit operator RpcResult(long value) => Number(value);

    public static implicit operator RpcResult(ulong value) => Number(value);

    public static implicit operator RpcResult(RpcError error) => Failure(error);

    /// <summary>Writes the value; an error result writes nothing (the envelope writes errors).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (_kind)
        {
            case Kind.Null:
                writer.WriteNullValue();
                break;
            case Kind.Boolean:
                writer.WriteBooleanValue(_number != 0);
                break;
            case Kind.Int64:
                writer.WriteNumberValue(_number);
                break;
            case Kind.UInt64:
                writer.WriteNumberValue(unchecked((ulong)_number));
                break;
            case Kind.String:
                writer.WriteStringValue((string)_value!);
                break;
            case Kind.Hex:
                writer.WriteHexValue((byte[])_value!);
                break;
            case Kind.Raw:
                writer.WriteRawValue((byte[])_value!, skipInputValidation: true);
                break;
            case Kind.Value:
                ((IRpcJsonValue)_value!).WriteTo(writer);
                break;
            case Kind.Writer:
                ((Action<Utf8JsonWriter>)_value!)(writer);
                break;
            case Kind.Node:
                ((JsonNode)_value!).WriteTo(writer);
                break;
            case Kind.Element:
                ((JsonElement)_value!).WriteTo(writer);
                break;
            case Kind.Error:
                throw new InvalidOperationException("an error result has no JSON value");
        }
    }

    private enum Kind : byte
    {
        Null,
        Boolean,
        Int64,
        UInt64,
        String,
        Hex,
        Raw,
        Value,
        Writer,
        Node,
        Element,
        Error,
    }
}
