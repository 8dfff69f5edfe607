using System.Text.Json;

namespace Kusama.Rpc.Tests.Modules.Spec;

/// <summary>
/// A WebSocket client that sorts what arrives: responses by id, notifications by subscription, so a test can wait
/// for the next event of one subscription whatever else comes in between.
/// </summary>
internal sealed class SpecClient : IAsyncDisposable
{
    private readonly RpcTestClient _client;
    private readonly Dictionary<int, JsonElement> _responses = [];
    private readonly Dictionary<string, Queue<JsonElement>> _notifications = new(StringComparer.Ordinal);
    private int _nextId;

    private SpecClient(RpcTestClient client)
    {
        _client = client;
    }

    public static async Task<SpecClient> ConnectAsync(RpcTestServer server) => new(await server.ConnectAsync());

    /// <summary>Calls <paramref name="method"/> and returns the whole response (result or error).</summary>
    public async Task<JsonElement> CallAsync(string method, string paramsJson = "[]")
    {
        int id = ++_nextId;
        await _client.SendAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{paramsJson}}}");
        while (!_responses.ContainsKey(id)) await PumpAsync();
        _responses.Remove(id, out JsonElement response);
        return response;
    }

    /// <summary>The result of a call that must succeed.</summary>
    public async Task<JsonElement> ResultAsync(string method, string paramsJson = "[]")
    {
        JsonElement response = await CallAsync(method, paramsJson);
        Assert.True(response.TryGetProperty("result", out JsonElement result), $"{method} failed: {response}");
        return result;
    }

    /// <summary>The next notification of <paramref name="subscription"/> (its <c>result</c>).</summary>
    public async Task<JsonElement> NextEventAsync(string subscription)
    {
        while (true)
        {
            if (_notifications.TryGetValue(subscription, out Queue<JsonElement>? queue) && queue.Count > 0) return queue.Dequeue();
            await PumpAsync();
        }
    }

    /// <summary>The next event of <paramref name="subscription"/> named <paramref name="name"/>, skipping others.</summary>
    public async Task<JsonElement> NextEventAsync(string subscription, string name)
    {
        while (true)
        {
            JsonElement next = await NextEventAsync(subscription);
            if (next.GetProperty("event").GetString() == name) return next;
        }
    }

    private async Task PumpAsync()
    {
        JsonElement message = await _client.ReceiveAsync();
        if (message.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.Number)
        {
            _responses[id.GetInt32()] = message;
            return;
        }
        JsonElement parameters = message.GetProperty("params");
        string subscription = parameters.GetProperty("subscription").GetString()!;
        if (!_notifications.TryGetValue(subscription, out Queue<JsonElement>? queue)) _notifications[subscription] = queue = new Queue<JsonElement>();
        queue.Enqueue(parameters.GetProperty("result"));
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
