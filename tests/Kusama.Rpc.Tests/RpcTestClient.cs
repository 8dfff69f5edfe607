using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Kusama.Rpc.Tests;

/// <summary>A raw WebSocket JSON-RPC client: sends text or bytes, reads whole messages.</summary>
internal sealed class RpcTestClient : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket;

    private RpcTestClient(ClientWebSocket socket)
    {
        _socket = socket;
    }

    public WebSocketState State => _socket.State;

    public static async Task<RpcTestClient> ConnectAsync(Uri uri, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (origin is not null) socket.Options.SetRequestHeader("Origin", origin);
        await socket.ConnectAsync(uri, CancellationToken.None);
        return new RpcTestClient(socket);
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type) =>
        await _socket.SendAsync(bytes, type, endOfMessage: true, CancellationToken.None);

    public async Task<JsonElement> ReceiveAsync()
    {
        string? text = await ReceiveTextAsync();
        Assert.NotNull(text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The next message, or null when the server closed the connection.</summary>
    public async Task<string?> ReceiveTextAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    public async Task<JsonElement> CallAsync(string method, string paramsJson = "[]", int id = 1)
    {
        await SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{paramsJson}}}");
        return await ReceiveAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        _socket.Dispose();
    }
}
