using System.Buffers;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kusama.Rpc;

public sealed partial class RpcServer
{
    private const string TooManyConnectionsText = "Too many connections. Please try again later.";
    private const string UnsupportedContentTypeText = "Supplied content type is not allowed. Content-Type: application/json is required\n";

    private async Task HandleRequestAsync(HttpContext http)
    {
        string? origin = http.Request.Headers.Origin;
        if (!_options.Cors.IsAllowed(origin))
        {
            if (_logger.IsEnabled(LogLevel.Debug)) _logger.LogDebug("Refused a request from origin {Origin}", origin);
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (!string.IsNullOrEmpty(origin))
        {
            http.Response.Headers.AccessControlAllowOrigin = _options.Cors.AllowsAll ? "*" : origin;
            http.Response.Headers.Vary = "Origin";
        }

        if (HttpMethods.IsOptions(http.Request.Method))
        {
            http.Response.Headers.AccessControlAllowMethods = "POST, OPTIONS";
            string? requested = http.Request.Headers.AccessControlRequestHeaders;
            http.Response.Headers.AccessControlAllowHeaders = string.IsNullOrEmpty(requested) ? "content-type" : requested;
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (Interlocked.Increment(ref _connections) > _options.MaxConnections)
        {
            Interlocked.Decrement(ref _connections);
            await WriteTextAsync(http, StatusCodes.Status429TooManyRequests, TooManyConnectionsText).ConfigureAwait(false);
            return;
        }
        try
        {
            if (http.WebSockets.IsWebSocketRequest)
                await HandleWebSocketAsync(http).ConfigureAwait(false);
            else if (HttpMethods.IsPost(http.Request.Method))
                await HandleHttpCallAsync(http).ConfigureAwait(false);
            else if (HttpMethods.IsGet(http.Request.Method) && http.Request.Path.StartsWithSegments("/health"))
                await HandleHealthAsync(http).ConfigureAwait(false);
            else
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        }
        finally
        {
            Interlocked.Decrement(ref _connections);
        }
    }

    private async Task HandleHttpCallAsync(HttpContext http)
    {
        if (!IsJson(http.Request.ContentType))
        {
            await WriteTextAsync(http, StatusCodes.Status415UnsupportedMediaType, UnsupportedContentTypeText).ConfigureAwait(false);
            return;
        }
        int max = (int)_options.MaxRequestSize;
        if (http.Request.ContentLength > max)
        {
            await WriteTooLargeAsync(http).ConfigureAwait(false);
            return;
        }

        byte[] body = ArrayPool<byte>.Shared.Rent((int)Math.Min(http.Request.ContentLength ?? 4096, max) + 1);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == body.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)body.Length * 2, max + 1L));
                    body.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(body);
                    body = larger;
                }
                int read = await http.Request.Body.ReadAsync(body.AsMemory(length), http.RequestAborted).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
                if (length > max)
                {
                    await WriteTooLargeAsync(http).ConfigureAwait(false);
                    return;
                }
            }

            var connection = NewConnection(http, RpcTransport.Http);
            try
            {
                RpcOutgoingMessage? answer = await _dispatcher.HandleAsync(body.AsMemory(0, length), connection, []).ConfigureAwait(false);
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = "application/json; charset=utf-8";
                if (answer is { } message)
                {
                    try
                    {
                        http.Response.ContentLength = message.Length;
                        await http.Response.Body.WriteAsync(message.Memory, http.RequestAborted).ConfigureAwait(false);
                    }
                    finally
                    {
                        message.Return();
                    }
                }
            }
            finally
            {
                connection.Dispose();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client went away mid-request: nothing to answer.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    /// <summary>
    /// <c>/health</c> answers system_health's JSON; <c>/health/readiness</c> is 200 when the node is not syncing
    /// and has peers (or should have none), else 500 — Substrate's NodeHealthProxy.
    /// </summary>
    private async Task HandleHealthAsync(HttpContext http)
    {
        bool readiness = http.Request.Path.Equals("/health/readiness", StringComparison.OrdinalIgnoreCase);
        if (!readiness && !http.Request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var connection = NewConnection(http, RpcTransport.Http);
        byte[]? health;
        try
        {
            health = await _dispatcher.CallForJsonAsync("system_health", connection).ConfigureAwait(false);
        }
        finally
        {
            connection.Dispose();
        }
        if (health is null)
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }
        if (readiness)
        {
            http.Response.StatusCode = IsReady(health) ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(health, http.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsReady(byte[] health)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(health);
            JsonElement root = document.RootElement;
            bool syncing = root.TryGetProperty("isSyncing", out JsonElement s) && s.ValueKind == JsonValueKind.True;
            bool shouldHavePeers = root.TryGetProperty("shouldHavePeers", out JsonElement h) && h.ValueKind == JsonValueKind.True;
            long peers = root.TryGetProperty("peers", out JsonElement p) && p.TryGetInt64(out long n) ? n : 0;
            return !syncing && (peers > 0 || !shouldHavePeers);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private RpcConnection NewConnection(HttpContext http, RpcTransport transport)
    {
        IPAddress? remote = http.Connection.RemoteIpAddress;
        IPEndPoint? endPoint = remote is null ? null : new IPEndPoint(remote, http.Connection.RemotePort);
        return new RpcConnection(Interlocked.Increment(ref _nextConnectionId), transport, endPoint, _options.AllowsUnsafe,
            _options, _logger, transport == RpcTransport.Http ? http.RequestAborted : _stopping.Token);
    }

    private async Task WriteTooLargeAsync(HttpContext http)
    {
        RpcOutgoingMessage message = RpcDispatcher.ErrorMessage(RpcError.OversizedRequest(_options.MaxRequestSize));
        try
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(message.Memory, http.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            message.Return();
        }
    }

    private static Task WriteTextAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain";
        return http.Response.WriteAsync(text, http.RequestAborted);
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        ReadOnlySpan<char> mediaType = contentType.AsSpan();
        int semicolon = mediaType.IndexOf(';');
        if (semicolon >= 0) mediaType = mediaType[..semicolon];
        mediaType = mediaType.Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/json-rpc", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/jsonrequest", StringComparison.OrdinalIgnoreCase);
    }
}
