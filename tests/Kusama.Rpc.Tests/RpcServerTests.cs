using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Kusama.Core;

namespace Kusama.Rpc.Tests;

public sealed class RpcServerTests
{
    private static RpcModule TestModule() => new RpcModule()
        .AddMethod("system_name", (_, _) => "Kusama.NET")
        .AddMethod("test_echoHash", (p, _) => RpcResult.Hex(p.GetHash(0, "hash").ToArray()))
        .AddMethod("test_blockNumber", (p, _) => p.GetU32(0, "number"))
        .AddAsyncMethod("test_slow", async (_, _) =>
        {
            await Task.Yield();
            return RpcResult.Json(w => { w.WriteStartObject(); w.WriteNumber("n", 7); w.WriteEndObject(); });
        })
        .AddMethod("test_fail", (_, _) => new RpcError(1010, "Invalid Transaction", "Transaction has a bad signature"))
        .AddMethod("test_big", (_, _) => RpcResult.Hex(new byte[4096]))
        .AddMethod("author_rotateKeys", (_, _) => "0x00", isUnsafe: true)
        .AddSubscription("test_unsafeSubscribe", "test_unsafeNote", "test_unsafeUnsubscribe", (_, _) => { }, isUnsafe: true)
        .AddAlias("system_nameAlias", "system_name");

    [Fact]
    public async Task A_call_over_WebSocket_echoes_a_numeric_id_and_answers_in_jsonrpsee_field_order()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""{"jsonrpc":"2.0","id":42,"method":"system_name","params":[]}""");

        Assert.Equal("""{"jsonrpc":"2.0","id":42,"result":"Kusama.NET"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_string_id_is_echoed_exactly()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""{"jsonrpc":"2.0","id":"abc-1","method":"system_nameAlias"}""");

        Assert.Equal("""{"jsonrpc":"2.0","id":"abc-1","result":"Kusama.NET"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_call_over_HTTP_is_answered_and_a_subscription_over_HTTP_is_refused()
    {
        RpcModule module = TestModule().AddSubscription("test_subscribe", "test_notify", "test_unsubscribe", (_, _) => { });
        await using RpcTestServer server = await RpcTestServer.StartAsync(module);

        (HttpStatusCode status, string body) = await server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"test_slow","params":[]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"result":{"n":7}}""", body);

        (_, string refused) = await server.PostAsync("""{"jsonrpc":"2.0","id":2,"method":"test_subscribe","params":[]}""");
        JsonElement error = RpcTestServer.Parse(refused).GetProperty("error");
        Assert.Equal(-32603, error.GetProperty("code").GetInt32());
        Assert.Contains("not supported over HTTP", error.GetProperty("data").GetString());
    }

    [Fact]
    public async Task A_batch_answers_every_call_but_not_its_notifications()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""
            [{"jsonrpc":"2.0","id":1,"method":"system_name"},
             {"jsonrpc":"2.0","method":"system_name"},
             {"jsonrpc":"2.0","id":"x","method":"nope"}]
            """);

        JsonElement batch = await client.ReceiveAsync();
        Assert.Equal(2, batch.GetArrayLength());
        Assert.Equal("Kusama.NET", batch[0].GetProperty("result").GetString());
        Assert.Equal("x", batch[1].GetProperty("id").GetString());
        Assert.Equal(-32601, batch[1].GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_batch_longer_than_the_limit_is_refused_whole_and_an_empty_batch_is_an_invalid_request()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule(), o => o.MaxBatchRequestLength = 2);
        await using RpcTestClient client = await server.ConnectAsync();

        string call = """{"jsonrpc":"2.0","id":1,"method":"system_name"}""";
        await client.SendAsync($"[{call},{call},{call}]");
        JsonElement error = (await client.ReceiveAsync()).GetProperty("error");
        Assert.Equal(-32010, error.GetProperty("code").GetInt32());
        Assert.Equal("The batch request was too large", error.GetProperty("message").GetString());
        Assert.Equal("Exceeded max limit of 2", error.GetProperty("data").GetString());

        await client.SendAsync("[]");
        Assert.Equal("""{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request"}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_notification_without_id_gets_no_response()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""{"jsonrpc":"2.0","method":"system_name","params":[]}""");
        await client.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"system_name","params":[]}""");

        Assert.Equal(2, (await client.ReceiveAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task An_unknown_method_answers_exactly_Method_not_found()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"state_getStorageHash","params":["0x3a636f6465"]}""");

        Assert.Equal("""{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"Method not found"}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Invalid_params_say_which_parameter_is_wrong_and_why()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        JsonElement error = (await client.CallAsync("test_echoHash", """["0x1234"]""")).GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Equal("Invalid params", error.GetProperty("message").GetString());
        Assert.Equal("invalid param 0 `hash`: expected a 0x-prefixed 32-byte hex hash, got \"0x1234\"", error.GetProperty("data").GetString());

        JsonElement missing = (await client.CallAsync("test_echoHash", "[]")).GetProperty("error");
        Assert.Equal("missing param 0 `hash`", missing.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Named_params_and_hex_block_numbers_are_accepted()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        Assert.Equal(26u, (await client.CallAsync("test_blockNumber", """{"number":"0x1a"}""")).GetProperty("result").GetUInt32());
        Assert.Equal(7u, (await client.CallAsync("test_blockNumber", "[7]")).GetProperty("result").GetUInt32());
        string hash = "0x" + new string('a', 64);
        Assert.Equal(hash, (await client.CallAsync("test_echoHash", $"[\"{hash}\"]")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task A_server_defined_error_passes_through_with_its_data()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""{"jsonrpc":"2.0","id":5,"method":"test_fail"}""");

        Assert.Equal("""{"jsonrpc":"2.0","id":5,"error":{"code":1010,"message":"Invalid Transaction","data":"Transaction has a bad signature"}}""",
            await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Garbage_binary_frames_invalid_utf8_and_deep_nesting_are_parse_errors_and_the_connection_survives()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();
        const string parseError = """{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}""";

        await client.SendAsync("{not json");
        Assert.Equal(parseError, await client.ReceiveTextAsync());

        await client.SendAsync([0xFF, 0xFE, 0x00, 0x01], WebSocketMessageType.Binary);
        Assert.Equal(parseError, await client.ReceiveTextAsync());

        byte[] invalidUtf8 = [.. "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        await client.SendAsync(invalidUtf8, WebSocketMessageType.Binary);
        Assert.Equal(parseError, await client.ReceiveTextAsync());

        await client.SendAsync(new string('[', 100_000) + new string(']', 100_000));
        Assert.Equal(parseError, await client.ReceiveTextAsync());

        await client.SendAsync("42");
        Assert.Equal(-32600, (await client.ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());

        Assert.Equal("Kusama.NET", (await client.CallAsync("system_name")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Invalid_utf8_in_a_text_frame_closes_that_connection_only()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient bad = await server.ConnectAsync();

        // A text frame must be UTF-8 (RFC 6455 §8.1): the WebSocket layer closes with 1007, as soketto does.
        await bad.SendAsync([.. "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""u8, 0xC3, 0x28, .. "\"}"u8], WebSocketMessageType.Text);
        Assert.Null(await bad.ReceiveTextAsync());

        await using RpcTestClient good = await server.ConnectAsync();
        Assert.Equal("Kusama.NET", (await good.CallAsync("system_name")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task An_oversized_request_is_refused_with_jsonrpsee_error_and_the_connection_survives()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule(), o => o.MaxRequestSize = 1024);
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync($$"""{"jsonrpc":"2.0","id":1,"method":"system_name","params":["{{new string('a', 5000)}}"]}""");
        Assert.Equal("""{"jsonrpc":"2.0","id":null,"error":{"code":-32007,"message":"Request is too big","data":"Exceeded max limit of 1024"}}""",
            await client.ReceiveTextAsync());
        Assert.Equal("Kusama.NET", (await client.CallAsync("system_name")).GetProperty("result").GetString());

        (HttpStatusCode status, string body) = await server.PostAsync($$"""{"jsonrpc":"2.0","id":1,"method":"system_name","params":["{{new string('a', 5000)}}"]}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(-32007, RpcTestServer.Parse(body).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_oversized_response_becomes_a_Response_is_too_big_error()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule(), o => o.MaxResponseSize = 1000);
        await using RpcTestClient client = await server.ConnectAsync();

        JsonElement error = (await client.CallAsync("test_big")).GetProperty("error");

        Assert.Equal(-32008, error.GetProperty("code").GetInt32());
        Assert.Equal("Response is too big", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Connections_beyond_the_limit_are_refused_until_one_closes()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule(), o => o.MaxConnections = 2);
        RpcTestClient first = await server.ConnectAsync();
        await using RpcTestClient second = await server.ConnectAsync();

        await Assert.ThrowsAsync<WebSocketException>(() => RpcTestClient.ConnectAsync(server.WebSocketUri));
        (HttpStatusCode status, string body) = await server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"system_name"}""");
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("Too many connections. Please try again later.", body);

        await first.DisposeAsync();
        for (int i = 0; i < 200 && server.Server.ConnectionCount > 1; i++) await Task.Delay(10);
        await using RpcTestClient third = await server.ConnectAsync();
        Assert.Equal("Kusama.NET", (await third.CallAsync("system_name")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Unsafe_methods_are_refused_and_unlisted_in_safe_mode_and_listed_in_unsafe_mode()
    {
        await using (RpcTestServer safe = await RpcTestServer.StartAsync(TestModule(), o => o.Methods = RpcMethods.Safe))
        await using (RpcTestClient client = await safe.ConnectAsync())
        {
            await client.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"author_rotateKeys"}""");
            Assert.Equal("""{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"RPC call is unsafe to be called externally"}}""",
                await client.ReceiveTextAsync());
            string[] methods = MethodNames(await client.CallAsync("rpc_methods"));
            Assert.DoesNotContain("author_rotateKeys", methods);
            Assert.DoesNotContain("test_unsafeSubscribe", methods);
            Assert.DoesNotContain("test_unsafeUnsubscribe", methods);
            Assert.Equal(-32601, (await client.CallAsync("test_unsafeSubscribe", id: 2)).GetProperty("error").GetProperty("code").GetInt32());
            Assert.Contains("system_nameAlias", methods);
            Assert.Equal(methods.Order(StringComparer.Ordinal), methods);
        }

        await using RpcTestServer local = await RpcTestServer.StartAsync(TestModule());
        Assert.True(local.Server.AllowsUnsafe);
        await using RpcTestClient localClient = await local.ConnectAsync();
        string[] all = MethodNames(await localClient.CallAsync("rpc_methods"));
        Assert.Contains("author_rotateKeys", all);
        Assert.Contains("test_unsafeUnsubscribe", all);
        Assert.Equal("0x00", (await localClient.CallAsync("author_rotateKeys")).GetProperty("result").GetString());
    }

    [Fact]
    public void Auto_allows_unsafe_methods_only_when_listening_on_localhost()
    {
        Assert.True(new RpcServerOptions { Methods = RpcMethods.Auto, External = false }.AllowsUnsafe);
        Assert.False(new RpcServerOptions { Methods = RpcMethods.Auto, External = true }.AllowsUnsafe);
        Assert.True(new RpcServerOptions { Methods = RpcMethods.Unsafe, External = true }.AllowsUnsafe);
    }

    [Fact]
    public async Task A_request_from_a_disallowed_origin_is_refused_with_403()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule(), o => o.Cors = RpcCors.Default);
        const string call = """{"jsonrpc":"2.0","id":1,"method":"system_name"}""";

        Assert.Equal(HttpStatusCode.Forbidden, (await server.PostAsync(call, origin: "https://evil.example")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(call, origin: "http://localhost:3000")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(call, origin: "https://polkadot.js.org")).Status);
        await Assert.ThrowsAsync<WebSocketException>(() => RpcTestClient.ConnectAsync(server.WebSocketUri, origin: "https://evil.example"));
        await using RpcTestClient allowed = await RpcTestClient.ConnectAsync(server.WebSocketUri, origin: "http://127.0.0.1:8080");
        Assert.Equal("Kusama.NET", (await allowed.CallAsync("system_name")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task The_start_log_names_the_bound_addresses_in_Substrate_style()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new Microsoft.Extensions.Logging.LoggerFactory([logs]);
        await using RpcTestServer server = await RpcTestServer.StartAsync(TestModule(), loggerFactory: factory);

        string line = Assert.Single(logs.Messages, m => m.StartsWith("Running JSON-RPC server: addr=", StringComparison.Ordinal));
        Assert.StartsWith($"Running JSON-RPC server: addr=127.0.0.1:{server.EndPoint.Port}", line);
        Assert.All(server.Server.LocalEndPoints, e => Assert.True(IPAddress.IsLoopback(e.Address)));
    }

    [Fact]
    public async Task Health_answers_system_health_and_readiness_follows_it()
    {
        RpcModule module = TestModule().AddMethod("system_health", (_, _) =>
            RpcResult.Json(w => { w.WriteStartObject(); w.WriteNumber("peers", 0); w.WriteBoolean("isSyncing", false); w.WriteBoolean("shouldHavePeers", false); w.WriteEndObject(); }));
        await using RpcTestServer server = await RpcTestServer.StartAsync(module);
        using var http = new HttpClient();

        Assert.Equal("""{"peers":0,"isSyncing":false,"shouldHavePeers":false}""", await http.GetStringAsync(new Uri(server.HttpUri, "health")));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(server.HttpUri, "health/readiness"))).StatusCode);
    }

    [Fact]
    public async Task Stopping_the_server_closes_open_WebSockets()
    {
        RpcTestServer server = await RpcTestServer.StartAsync(TestModule());
        await using RpcTestClient client = await server.ConnectAsync();
        Assert.Equal("Kusama.NET", (await client.CallAsync("system_name")).GetProperty("result").GetString());

        Task<string?> next = client.ReceiveTextAsync();
        await server.DisposeAsync();

        Assert.Null(await next);
    }

    private static string[] MethodNames(JsonElement response) =>
        [.. response.GetProperty("result").GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)];
}
