using System.Text.Json;

namespace Kusama.Rpc.Tests;

public sealed class RpcSubscriptionTests
{
    [Fact]
    public async Task The_subscription_id_comes_first_and_a_notification_sent_inside_the_handler_follows_it()
    {
        var module = new RpcModule().AddSubscription("chain_subscribeNewHeads", "chain_newHead", "chain_unsubscribeNewHeads",
            (_, sink) => Assert.True(sink.Send(RpcResult.Json(w => { w.WriteStartObject(); w.WriteString("number", "0x0"); w.WriteEndObject(); }))));
        await using RpcTestServer server = await RpcTestServer.StartAsync(module);
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"chain_subscribeNewHeads","params":[]}""");
        JsonElement response = await client.ReceiveAsync();
        JsonElement notification = await client.ReceiveAsync();

        string id = response.GetProperty("result").GetString()!;
        Assert.Equal(16, id.Length);
        Assert.True(id.All(char.IsAsciiLetterOrDigit));
        Assert.Equal($$$$"""{"jsonrpc":"2.0","method":"chain_newHead","params":{"subscription":"{{{{id}}}}","result":{"number":"0x0"}}}""",
            notification.GetRawText());
    }

    [Fact]
    public async Task An_async_subscribe_handler_orders_its_first_notification_after_the_id_too()
    {
        var module = new RpcModule().AddAsyncSubscription("state_subscribeStorage", "state_storage", "state_unsubscribeStorage",
            async (p, sink) =>
            {
                byte[][] keys = p.GetHexArray(0, "keys");
                await Task.Delay(1);
                sink.Send(RpcResult.Hex(keys[0]));
            });
        await using RpcTestServer server = await RpcTestServer.StartAsync(module);
        await using RpcTestClient client = await server.ConnectAsync();

        await client.SendAsync("""{"jsonrpc":"2.0","id":"s","method":"state_subscribeStorage","params":[["0x26aa"]]}""");

        Assert.Equal("s", (await client.ReceiveAsync()).GetProperty("id").GetString());
        Assert.Equal("0x26aa", (await client.ReceiveAsync()).GetProperty("params").GetProperty("result").GetString());
    }

    [Fact]
    public async Task A_refused_subscription_answers_the_handlers_error_and_holds_no_slot()
    {
        var module = new RpcModule().AddSubscription("test_sub", "test_note", "test_unsub",
            (p, _) => p.GetBool(0, "flag"));
        await using RpcTestServer server = await RpcTestServer.StartAsync(module, o => o.MaxSubscriptionsPerConnection = 1);
        await using RpcTestClient client = await server.ConnectAsync();

        for (int i = 0; i < 3; i++)
            Assert.Equal(-32602, (await client.CallAsync("test_sub", "[1]")).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.String, (await client.CallAsync("test_sub", "[true]")).GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task Unsubscribe_answers_true_once_then_false_and_the_producer_learns_of_it()
    {
        var closed = new TaskCompletionSource();
        var module = new RpcModule().AddSubscription("test_sub", "test_note", "test_unsub",
            (_, sink) => sink.Closed.Register(() => closed.TrySetResult()));
        await using RpcTestServer server = await RpcTestServer.StartAsync(module);
        await using RpcTestClient client = await server.ConnectAsync();

        string id = (await client.CallAsync("test_sub")).GetProperty("result").GetString()!;

        Assert.False((await client.CallAsync("test_unsub", "[\"unknown\"]")).GetProperty("result").GetBoolean());
        Assert.False((await client.CallAsync("test_unsub", "[]")).GetProperty("result").GetBoolean());
        Assert.True((await client.CallAsync("test_unsub", $"[\"{id}\"]")).GetProperty("result").GetBoolean());
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False((await client.CallAsync("test_unsub", $"[\"{id}\"]")).GetProperty("result").GetBoolean());
    }

    [Fact]
    public async Task Closing_the_connection_ends_its_subscriptions()
    {
        var closed = new TaskCompletionSource();
        var module = new RpcModule().AddSubscription("test_sub", "test_note", "test_unsub",
            (_, sink) => sink.Closed.Register(() => closed.TrySetResult()));
        await using RpcTestServer server = await RpcTestServer.StartAsync(module);
        RpcTestClient client = await server.ConnectAsync();
        await client.CallAsync("test_sub");

        await client.DisposeAsync();

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_server_can_end_a_subscription_with_a_final_notification()
    {
        RpcSubscriptionSink? captured = null;
        var module = new RpcModule().AddSubscription("chainHead_v1_follow", "chainHead_v1_followEvent", "chainHead_v1_unfollow",
            (_, sink) => captured = sink);
        await using RpcTestServer server = await RpcTestServer.StartAsync(module);
        await using RpcTestClient client = await server.ConnectAsync();
        string id = (await client.CallAsync("chainHead_v1_follow", "[true]")).GetProperty("result").GetString()!;

        Assert.True(captured!.SendAndClose(RpcResult.Json(w => { w.WriteStartObject(); w.WriteString("event", "stop"); w.WriteEndObject(); })));

        JsonElement stop = await client.ReceiveAsync();
        Assert.Equal("stop", stop.GetProperty("params").GetProperty("result").GetProperty("event").GetString());
        Assert.True(captured.IsClosed);
        Assert.False(captured.Send(RpcResult.Null));
        Assert.False((await client.CallAsync("chainHead_v1_unfollow", $"[\"{id}\"]")).GetProperty("result").GetBoolean());
    }

    [Fact]
    public async Task Subscriptions_beyond_the_per_connection_limit_get_an_error_and_the_connection_stays_up()
    {
        var module = new RpcModule()
            .AddSubscription("test_sub", "test_note", "test_unsub", (_, _) => { })
            .AddMethod("system_name", (_, _) => "Kusama.NET");
        await using RpcTestServer server = await RpcTestServer.StartAsync(module, o => o.MaxSubscriptionsPerConnection = 3);
        await using RpcTestClient client = await server.ConnectAsync();

        var ids = new List<string>();
        for (int i = 0; i < 3; i++)
            ids.Add((await client.CallAsync("test_sub")).GetProperty("result").GetString()!);
        string first = ids[0];
        JsonElement refused = await client.CallAsync("test_sub", id: 9);

        Assert.Equal("""{"jsonrpc":"2.0","id":9,"error":{"code":-32006,"message":"Too many subscriptions on the connection","data":"Exceeded max limit of 3"}}""",
            refused.GetRawText());
        Assert.Equal("Kusama.NET", (await client.CallAsync("system_name")).GetProperty("result").GetString());
        Assert.True((await client.CallAsync("test_unsub", $"[\"{first}\"]")).GetProperty("result").GetBoolean());
        Assert.Equal(JsonValueKind.String, (await client.CallAsync("test_sub")).GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task A_client_that_does_not_read_loses_its_subscription_instead_of_the_node_buffering_without_bound()
    {
        var dropped = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        byte[] payload = new byte[8 * 1024];
        var module = new RpcModule()
            .AddSubscription("test_flood", "test_note", "test_unsub", (p, sink) =>
            {
                _ = Task.Run(() =>
                {
                    // A producer far faster than the reader: stops as soon as the sink says the subscription is gone.
                    for (int sent = 0; sent < 1_000_000; sent++)
                    {
                        if (!sink.Send(RpcResult.Hex(payload)))
                        {
                            dropped.TrySetResult(sent);
                            return;
                        }
                    }
                });
            })
            .AddMethod("system_name", (_, _) => "Kusama.NET");
        await using RpcTestServer server = await RpcTestServer.StartAsync(module, o => o.MessageBufferCapacityPerConnection = 8);
        await using RpcTestClient slow = await server.ConnectAsync();

        await slow.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"test_flood"}""");
        int sentBeforeDrop = await dropped.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(sentBeforeDrop < 1_000_000);
        await using RpcTestClient other = await server.ConnectAsync();
        Assert.Equal("Kusama.NET", (await other.CallAsync("system_name")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Notifications_from_many_threads_all_arrive_intact()
    {
        const int threads = 4, perThread = 200;
        var module = new RpcModule().AddSubscription("test_sub", "test_note", "test_unsub", (p, sink) =>
        {
            for (int t = 0; t < threads; t++)
            {
                int thread = t;
                _ = Task.Run(async () =>
                {
                    for (int i = 0; i < perThread; i++)
                    {
                        while (!sink.IsClosed && !TrySend(sink, thread * perThread + i)) await Task.Delay(1);
                    }
                });
            }
        });
        await using RpcTestServer server = await RpcTestServer.StartAsync(module, o => o.MessageBufferCapacityPerConnection = 4096);
        await using RpcTestClient client = await server.ConnectAsync();
        await client.CallAsync("test_sub");

        var seen = new HashSet<long>();
        for (int i = 0; i < threads * perThread; i++)
            Assert.True(seen.Add((await client.ReceiveAsync()).GetProperty("params").GetProperty("result").GetInt64()));
        Assert.Equal(threads * perThread, seen.Count);
    }

    private static bool TrySend(RpcSubscriptionSink sink, long value) => sink.Send(value);
}
