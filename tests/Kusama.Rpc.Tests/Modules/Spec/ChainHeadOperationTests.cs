using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Rpc.Modules.Spec;

namespace Kusama.Rpc.Tests.Modules.Spec;

public sealed class ChainHeadOperationTests
{
    private static readonly byte[] CodeKey = ":code"u8.ToArray();

    [Fact]
    public async Task Body_operation_reports_the_extrinsics_of_the_block()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification block = node.AuthorBlock();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = await FollowAsync(client, withRuntime: true);

        JsonElement started = await client.ResultAsync("chainHead_v1_body", $"[\"{sub}\",\"{block.Hash}\"]");
        Assert.Equal("started", started.GetProperty("result").GetString());
        JsonElement done = await client.NextEventAsync(sub, "operationBodyDone");
        Assert.Equal(started.GetProperty("operationId").GetString(), done.GetProperty("operationId").GetString());
        string[] expected = Array.ConvertAll(block.Body, static extrinsic => Hex.Encode(extrinsic));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ChainHeadFollowTests.Strings(done.GetProperty("value")));
    }

    [Fact]
    public async Task Call_operation_runs_the_runtime_at_the_block_or_reports_its_error()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification block = node.AuthorBlock();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = await FollowAsync(client, withRuntime: true);

        JsonElement started = await client.ResultAsync("chainHead_v1_call", $"[\"{sub}\",\"{block.Hash}\",\"Core_version\",\"\"]");
        JsonElement done = await client.NextEventAsync(sub, "operationCallDone");
        Assert.Equal(started.GetProperty("operationId").GetString(), done.GetProperty("operationId").GetString());
        Assert.Equal(Hex.Encode(node.Executor.Call(block.Header.StateRoot, "Core_version", [])), done.GetProperty("output").GetString());

        JsonElement failing = await client.ResultAsync("chainHead_v1_call", $"[\"{sub}\",\"{block.Hash}\",\"NoSuchApi_method\",\"0x\"]");
        JsonElement error = await client.NextEventAsync(sub, "operationError");
        Assert.Equal(failing.GetProperty("operationId").GetString(), error.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));

        JsonElement badHex = await client.CallAsync("chainHead_v1_call", $"[\"{sub}\",\"{block.Hash}\",\"Core_version\",\"0xzz\"]");
        Assert.Equal(RpcErrorCodes.InvalidParams, badHex.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Storage_operation_reports_values_hashes_and_descendants_then_done()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification block = node.AuthorBlock();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = await FollowAsync(client, withRuntime: false);
        byte[] code;
        byte[] accountPrefix = new byte[32];
        Twox.Hash128("System"u8, accountPrefix.AsSpan(0, 16));
        Twox.Hash128("Account"u8, accountPrefix.AsSpan(16));
        List<KeyValuePair<byte[], byte[]>> accounts;
        using (var view = node.Tree.State.OpenAt(block.Header.StateRoot))
        {
            code = view.Get(CodeKey)!;
            accounts = [.. view.Iterate(accountPrefix)];
        }
        Assert.True(accounts.Count >= 2);

        string items = $"[{{\"key\":\"{Hex.Encode(CodeKey)}\",\"type\":\"value\"}},{{\"key\":\"{Hex.Encode(CodeKey)}\",\"type\":\"hash\"}}," +
            $"{{\"key\":\"{Hex.Encode(accountPrefix)}\",\"type\":\"descendantsHashes\"}},{{\"key\":\"0x0badc0de\",\"type\":\"value\"}}]";
        JsonElement started = await client.ResultAsync("chainHead_v1_storage", $"[\"{sub}\",\"{block.Hash}\",{items},null]");
        Assert.Equal("started", started.GetProperty("result").GetString());
        Assert.Equal(0, started.GetProperty("discardedItems").GetInt32());
        string operationId = started.GetProperty("operationId").GetString()!;

        var received = new List<JsonElement>();
        while (true)
        {
            JsonElement next = await client.NextEventAsync(sub);
            string name = next.GetProperty("event").GetString()!;
            if (name == "operationStorageDone") break;
            Assert.Equal("operationStorageItems", name);
            Assert.Equal(operationId, next.GetProperty("operationId").GetString());
            foreach (JsonElement item in next.GetProperty("items").EnumerateArray()) received.Add(item);
        }
        Assert.Equal(2 + accounts.Count, received.Count);
        Assert.Equal(Hex.Encode(code), received[0].GetProperty("value").GetString());
        Assert.Equal(Blake2b.Hash256(code).ToString(), received[1].GetProperty("hash").GetString());
        for (int i = 0; i < accounts.Count; i++)
        {
            Assert.Equal(Hex.Encode(accounts[i].Key), received[2 + i].GetProperty("key").GetString());
            Assert.Equal(Blake2b.Hash256(accounts[i].Value).ToString(), received[2 + i].GetProperty("hash").GetString());
        }
    }

    [Fact]
    public async Task Storage_items_beyond_the_free_operation_slots_are_discarded()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync(new ChainHeadOptions { MaxOngoingOperations = 2 });
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = await FollowAsync(client, withRuntime: false);
        string item = $"{{\"key\":\"{Hex.Encode(CodeKey)}\",\"type\":\"hash\"}}";

        JsonElement started = await client.ResultAsync("chainHead_v1_storage", $"[\"{sub}\",\"{node.Tree.Genesis}\",[{item},{item},{item}]]");

        Assert.Equal(1, started.GetProperty("discardedItems").GetInt32());
        int items = 0;
        while ((await client.NextEventAsync(sub)).GetProperty("event").GetString() == "operationStorageItems") items++;
        Assert.Equal(2, items);
    }

    [Fact]
    public async Task Operations_on_an_unknown_subscription_reach_the_limit_and_on_an_unpinned_block_fail()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = await FollowAsync(client, withRuntime: true);

        JsonElement unknownSub = await client.ResultAsync("chainHead_v1_body", $"[\"nosuchsub\",\"{node.Tree.Genesis}\"]");
        Assert.Equal("limitReached", unknownSub.GetProperty("result").GetString());

        JsonElement unpinned = await client.CallAsync("chainHead_v1_body", $"[\"{sub}\",\"{Hash256.Zero}\"]");
        Assert.Equal(SpecErrors.InvalidBlock, unpinned.GetProperty("error").GetProperty("code").GetInt32());

        JsonElement badType = await client.CallAsync("chainHead_v1_storage", $"[\"{sub}\",\"{node.Tree.Genesis}\",[{{\"key\":\"0x00\",\"type\":\"everything\"}}]]");
        Assert.Equal(RpcErrorCodes.InvalidParams, badType.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Continue_and_stop_of_an_operation_that_already_ended_are_accepted()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = await FollowAsync(client, withRuntime: true);
        JsonElement started = await client.ResultAsync("chainHead_v1_body", $"[\"{sub}\",\"{node.Tree.Genesis}\"]");
        string operationId = started.GetProperty("operationId").GetString()!;
        await client.NextEventAsync(sub, "operationBodyDone");

        Assert.Equal(JsonValueKind.Null, (await client.ResultAsync("chainHead_v1_continue", $"[\"{sub}\",\"{operationId}\"]")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await client.ResultAsync("chainHead_v1_stopOperation", $"[\"{sub}\",\"{operationId}\"]")).ValueKind);
    }

    private static async Task<string> FollowAsync(SpecClient client, bool withRuntime)
    {
        string sub = (await client.ResultAsync("chainHead_v1_follow", withRuntime ? "[true]" : "[false]")).GetString()!;
        await client.NextEventAsync(sub, "bestBlockChanged");
        return sub;
    }
}
