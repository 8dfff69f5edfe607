using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Logging;

namespace Kusama.Rpc;

/// <summary>
/// The JSON-RPC 2.0 protocol, transport-independent: parses a message (single call or batch), finds and runs
/// the handlers, and serializes the answer exactly as jsonrpsee would (field order, codes, messages).
/// </summary>
internal sealed class RpcDispatcher
{
    public const string RpcMethodsName = "rpc_methods";

    private const string SubscriptionsOverHttp = "Subscriptions are not supported over HTTP; use a WebSocket connection";

    private readonly FrozenDictionary<string, RpcMethodEntry> _methods;
    private readonly ILogger _logger;
    private readonly RpcServerOptions _options;

    public RpcDispatcher(RpcModule module, RpcServerOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        var methods = new Dictionary<string, RpcMethodEntry>(module.Entries, StringComparer.Ordinal);
        if (!methods.ContainsKey(RpcMethodsName))
        {
            RpcResult list = RpcResult.RawJson(MethodList(methods.Values, options.AllowsUnsafe));
            methods[RpcMethodsName] = new RpcMethodEntry
            {
                Name = RpcMethodsName, Kind = RpcMethodKind.Call, IsUnsafe = false, Call = (_, _) => list,
            };
        }
        _methods = methods.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Answers one message; null when nothing is to be sent (notifications only).</summary>
    public async ValueTask<RpcOutgoingMessage?> HandleAsync(ReadOnlyMemory<byte> message, RpcConnection connection, List<RpcSubscriptionSink> accepted)
    {
        // Checked up front (vectorized) so no string read later can meet invalid UTF-8; serde refuses it as a parse error too.
        if (!Utf8.IsValid(message.Span)) return SingleError(RpcError.ParseError);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, RpcJson.DocumentOptions);
        }
        catch (JsonException)
        {
            return SingleError(RpcError.ParseError);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return await HandleBatchAsync(root, connection, accepted).ConfigureAwait(false);

            var output = new PooledBufferWriter();
            try
            {
                if (await WriteCallAsync(root, output, connection, accepted).ConfigureAwait(false))
                    return output.Detach(isResponse: true);
            }
            catch
            {
                output.Release();
                throw;
            }
            output.Release();
            return null;
        }
    }

    /// <summary>Runs a parameterless method for the HTTP health endpoints; null when it is missing or fails.</summary>
    public async ValueTask<byte[]?> CallForJsonAsync(string method, RpcConnection connection)
    {
        if (!_methods.TryGetValue(method, out RpcMethodEntry? entry) || entry.Kind is not (RpcMethodKind.Call or RpcMethodKind.AsyncCall))
            return null;
        RpcResult result = await InvokeAsync(entry, default, connection, []).ConfigureAwait(false);
        if (result.IsError) return null;
        var output = new PooledBufferWriter();
        try
        {
            Utf8JsonWriter writer = RpcJson.ResponseWriter(output);
            result.WriteTo(writer);
            writer.Flush();
            RpcJson.Detach(writer);
            return output.WrittenSpan.ToArray();
        }
        finally
        {
            output.Release();
        }
    }

    private async ValueTask<RpcOutgoingMessage?> HandleBatchAsync(JsonElement batch, RpcConnection connection, List<RpcSubscriptionSink> accepted)
    {
        if (_options.DisableBatchRequests) return SingleError(RpcError.BatchesNotSupported);
        int length = batch.GetArrayLength();
        if (length == 0) return SingleError(RpcError.InvalidRequest);
        if (length > _options.MaxBatchRequestLength) return SingleError(RpcError.TooBigBatchRequest(_options.MaxBatchRequestLength.Value));

        var output = new PooledBufferWriter();
        try
        {
            output.Write("["u8);
            bool any = false;
            foreach (JsonElement call in batch.EnumerateArray())
            {
                int mark = output.WrittenCount;
                if (any) output.Write(","u8);
                if (await WriteCallAsync(call, output, connection, accepted).ConfigureAwait(false)) any = true;
                else output.Truncate(mark);
            }
            if (!any)
            {
                output.Release();
                return null;
            }
            output.Write("]"u8);
            if (output.WrittenCount > _options.MaxResponseSize)
            {
                // The client never learns these ids: end them instead of leaving them running.
                foreach (RpcSubscriptionSink sink in accepted) sink.Discard();
                accepted.Clear();
                output.Clear();
                WriteError(output, default, RpcError.TooBigBatchResponse(_options.MaxResponseSize));
            }
            return output.Detach(isResponse: true);
        }
        catch
        {
            output.Release();
            throw;
        }
    }

    /// <summary>Writes the answer to one call; false for a notification (no id), which is not answered.</summary>
    private async ValueTask<bool> WriteCallAsync(JsonElement call, PooledBufferWriter output, RpcConnection connection, List<RpcSubscriptionSink> accepted)
    {
        if (call.ValueKind != JsonValueKind.Object)
        {
            WriteError(output, default, RpcError.InvalidRequest);
            return true;
        }

        bool hasId = call.TryGetProperty("id"u8, out JsonElement id);
        if (hasId && id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.Null))
        {
            WriteError(output, default, RpcError.InvalidRequest);
            return true;
        }
        if (!call.TryGetProperty("jsonrpc"u8, out JsonElement version) || version.ValueKind != JsonValueKind.String || !version.ValueEquals("2.0"u8)
            || !call.TryGetProperty("method"u8, out JsonElement methodElement) || methodElement.ValueKind != JsonValueKind.String)
        {
            WriteError(output, hasId ? id : default, RpcError.InvalidRequest);
            return true;
        }
        // Like jsonrpsee, a notification from the client is accepted but neither run nor answered.
        if (!hasId) return false;

        RpcParams parameters = default;
        if (call.TryGetProperty("params"u8, out JsonElement paramsElement))
        {
            if (paramsElement.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                parameters = new RpcParams(paramsElement);
            else if (paramsElement.ValueKind != JsonValueKind.Null)
            {
                WriteError(output, id, RpcError.InvalidParams("params must be an array or an object"));
                return true;
            }
        }

        string method = methodElement.GetString()!;
        if (!_methods.TryGetValue(method, out RpcMethodEntry? entry))
        {
            WriteError(output, id, RpcError.MethodNotFound);
            return true;
        }
        if (entry.IsUnsafe && !connection.Context.AllowsUnsafe)
        {
            WriteError(output, id, RpcError.UnsafeCall);
            return true;
        }

        RpcResult result = await InvokeAsync(entry, parameters, connection, accepted).ConfigureAwait(false);
        WriteResponse(output, id, result, method);
        return true;
    }

    private async ValueTask<RpcResult> InvokeAsync(RpcMethodEntry entry, RpcParams parameters, RpcConnection connection, List<RpcSubscriptionSink> accepted)
    {
        try
        {
            switch (entry.Kind)
            {
                case RpcMethodKind.Call:
                    return entry.Call!(parameters, connection.Context);
                case RpcMethodKind.AsyncCall:
                    return await entry.AsyncCall!(parameters, connection.Context).ConfigureAwait(false);
                case RpcMethodKind.Subscribe:
                case RpcMethodKind.AsyncSubscribe:
                    return await SubscribeAsync(entry, parameters, connection, accepted).ConfigureAwait(false);
                default:
                    return Unsubscribe(entry, parameters, connection);
            }
        }
        catch (RpcException e)
        {
            return RpcResult.Failure(e.Error);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "RPC method {Method} failed", entry.Name);
            return RpcResult.Failure(RpcError.InternalError);
        }
    }

    private static async ValueTask<RpcResult> SubscribeAsync(RpcMethodEntry entry, RpcParams parameters, RpcConnection connection, List<RpcSubscriptionSink> accepted)
    {
        if (!connection.SupportsSubscriptions)
            return RpcResult.Failure(new RpcError(RpcErrorCodes.InternalError, RpcErrorCodes.InternalErrorMessage, SubscriptionsOverHttp));
        RpcSubscriptionSink? sink = connection.TryOpenSubscription(entry.Subscription!);
        if (sink is null) return RpcResult.Failure(RpcError.TooManySubscriptions(connection.MaxSubscriptions));
        try
        {
            if (entry.Kind == RpcMethodKind.Subscribe) entry.Subscribe!(parameters, sink);
            else await entry.AsyncSubscribe!(parameters, sink).ConfigureAwait(false);
        }
        catch
        {
            sink.Discard();
            throw;
        }
        accepted.Add(sink);
        return sink.Id;
    }

    private static RpcResult Unsubscribe(RpcMethodEntry entry, RpcParams parameters, RpcConnection connection)
    {
        // jsonrpsee answers false (not an error) when the id cannot be read.
        if (!connection.SupportsSubscriptions || !parameters.TryGet(0, "subscription", out JsonElement id)) return false;
        string? key = id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };
        return key is not null && connection.Unsubscribe(key, entry.Subscription!);
    }

    private void WriteResponse(PooledBufferWriter output, JsonElement id, RpcResult result, string method)
    {
        if (result.IsError)
        {
            WriteError(output, id, result.Error!);
            return;
        }
        int start = output.WrittenCount;
        Utf8JsonWriter writer = RpcJson.ResponseWriter(output);
        try
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc"u8, "2.0"u8);
            WriteId(writer, id);
            writer.WritePropertyName("result"u8);
            result.WriteTo(writer);
            writer.WriteEndObject();
            writer.Flush();
        }
        catch (Exception e)
        {
            RpcJson.Detach(writer);
            output.Truncate(start);
            if (e is RpcException rpc)
            {
                WriteError(output, id, rpc.Error);
                return;
            }
            _logger.LogError(e, "Serializing the result of {Method} failed", method);
            WriteError(output, id, RpcError.InternalError);
            return;
        }
        RpcJson.Detach(writer);
        if (output.WrittenCount - start > _options.MaxResponseSize)
        {
            output.Truncate(start);
            WriteError(output, id, RpcError.OversizedResponse(_options.MaxResponseSize));
        }
    }

    public static RpcOutgoingMessage ErrorMessage(RpcError error) => SingleError(error);

    private static RpcOutgoingMessage SingleError(RpcError error)
    {
        var output = new PooledBufferWriter();
        WriteError(output, default, error);
        return output.Detach(isResponse: true);
    }

    /// <summary>Writes an error response; an undefined <paramref name="id"/> is written as null.</summary>
    private static void WriteError(PooledBufferWriter output, JsonElement id, RpcError error)
    {
        Utf8JsonWriter writer = RpcJson.ResponseWriter(output);
        writer.WriteStartObject();
        writer.WriteString("jsonrpc"u8, "2.0"u8);
        WriteId(writer, id);
        writer.WriteStartObject("error"u8);
        writer.WriteNumber("code"u8, error.Code);
        writer.WriteString("message"u8, error.Message);
        if (error.Data is { } data)
        {
            writer.WritePropertyName("data"u8);
            data.WriteTo(writer);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        RpcJson.Detach(writer);
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement id)
    {
        writer.WritePropertyName("id"u8);
        if (id.ValueKind == JsonValueKind.Undefined) writer.WriteNullValue();
        else id.WriteTo(writer);
    }

    private static byte[] MethodList(IEnumerable<RpcMethodEntry> entries, bool allowsUnsafe)
    {
        var names = new List<string> { RpcMethodsName };
        foreach (RpcMethodEntry entry in entries)
            if (allowsUnsafe || !(entry.IsUnsafe || entry.Subscription?.IsUnsafe == true)) names.Add(entry.Name);
        names.Sort(StringComparer.Ordinal);
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, RpcJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("methods"u8);
            foreach (string name in names) writer.WriteStringValue(name);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return output.WrittenSpan.ToArray();
    }
}
