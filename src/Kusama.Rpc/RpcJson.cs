using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kusama.Rpc;

/// <summary>Shared JSON settings: how requests are read and responses written.</summary>
internal static class RpcJson
{
    /// <summary>Deeper requests are a parse error; no JSON-RPC request needs more than a handful of levels.</summary>
    public const int MaxDepth = 64;

    public static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    // serde_json escapes only what JSON requires; the relaxed encoder is the closest System.Text.Json has.
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    [ThreadStatic]
    private static Utf8JsonWriter? t_responseWriter;

    /// <summary>This thread's response writer, pointed at <paramref name="output"/>; use it synchronously, then <see cref="Detach"/>.</summary>
    public static Utf8JsonWriter ResponseWriter(IBufferWriter<byte> output)
    {
        Utf8JsonWriter writer = t_responseWriter ??= new Utf8JsonWriter(output, WriterOptions);
        writer.Reset(output);
        return writer;
    }

    /// <summary>Drops the writer's reference to a buffer that is about to be handed on.</summary>
    public static void Detach(Utf8JsonWriter writer) => writer.Reset(Stream.Null);

    public static byte[] EncodeString(string value)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            writer.WriteStringValue(value);
        return buffer.WrittenSpan.ToArray();
    }
}
