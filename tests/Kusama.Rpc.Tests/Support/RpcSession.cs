using System.Text.Json;

namespace Kusama.Rpc.Tests.Support;

/// <summary>A WebSocket client over <see cref="RpcTestClient"/> that keeps notifications apart from call responses.</summary>
internal sealed class RpcSession : IAsyncDisposable
{
    private readonly RpcTestClient _client;
    private readonly Queue<JsonElement> _notifications = new();
    private int _nextId = 1;

    private RpcSession(RpcTestClient client)
    {
        _client = client;
    }

    public static async Task<RpcSession> ConnectAsync(Uri uri) => new(await RpcTestClient.ConnectAsync(uri));

    /// <summary>The whole response object (with <c>result</c> or <c>error</c>) of one call.</summary>
    public async Task<JsonElement> CallAsync(string method, string paramsJson = "[]")
    {
        int id = _nextId++;
        await _client.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{paramsJson}}}");
        while (true)
        {
            JsonElement message = await _client.ReceiveAsync();
            if (message.TryGetProperty("id", out JsonElement got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
                return message;
            _notifications.Enqueue(message);
        }
    }

    /// <summary>The call's result; fails the test when it answered an error.</summary>
    public async Task<JsonElement> ResultAsync(string method, string paramsJson = "[]")
    {
        JsonElement response = await CallAsync(method, paramsJson);
        Assert.False(response.TryGetProperty("error", out JsonElement error), $"{method} failed: {error}");
        return response.GetProperty("result");
    }

    /// <summary>The call's error object; fails the test when it succeeded.</summary>
    public async Task<JsonElement> ErrorAsync(string method, string paramsJson = "[]")
    {
        JsonElement response = await CallAsync(method, paramsJson);
        Assert.True(response.TryGetProperty("error", out JsonElement error), $"{method} unexpectedly answered {response}");
        return error;
    }

    /// <summary>The next notification of <paramref name="subscription"/>: its method and result.</summary>
    public async Task<(string Method, JsonElement Result)> NextAsync(string subscription)
    {
        int count = _notifications.Count;
        for (int i = 0; i < count; i++)
        {
            JsonElement queued = _notifications.Dequeue();
            if (IsFor(queued, subscription)) return Unpack(queued);
            _notifications.Enqueue(queued);
        }
        while (true)
        {
            JsonElement message = await _client.ReceiveAsync();
            if (IsFor(message, subscription)) return Unpack(message);
            _notifications.Enqueue(message);
        }
    }

    private static bool IsFor(JsonElement message, string subscription) =>
        message.TryGetProperty("params", out JsonElement p) && p.ValueKind == JsonValueKind.Object
        && p.TryGetProperty("subscription", out JsonElement id) && id.GetString() == subscription;

    private static (string, JsonElement) Unpack(JsonElement message) =>
        (message.GetProperty("method").GetString()!, message.GetProperty("params").GetProperty("result"));

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
