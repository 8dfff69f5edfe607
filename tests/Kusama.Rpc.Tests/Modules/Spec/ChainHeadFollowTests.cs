using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Rpc.Modules.Spec;
using Kusama.Scale;

namespace Kusama.Rpc.Tests.Modules.Spec;

public sealed class ChainHeadFollowTests
{
    [Fact]
    public async Task Follow_reports_initialized_then_every_unfinalized_block_the_best_and_finality()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification block1 = node.AuthorBlock();
        BlockImportNotification block2 = node.AuthorBlock();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);

        string sub = (await client.ResultAsync("chainHead_v1_follow", "[true]")).GetString()!;

        JsonElement initialized = await client.NextEventAsync(sub);
        Assert.Equal("initialized", initialized.GetProperty("event").GetString());
        Assert.Equal([node.Tree.Genesis.ToString()], Strings(initialized.GetProperty("finalizedBlockHashes")));
        JsonElement runtime = initialized.GetProperty("finalizedBlockRuntime");
        Assert.Equal("valid", runtime.GetProperty("type").GetString());
        RuntimeVersion version = node.Executor.Version(node.Tree.GetHeader(node.Tree.Genesis)!.StateRoot);
        JsonElement spec = runtime.GetProperty("spec");
        Assert.Equal(version.SpecName, spec.GetProperty("specName").GetString());
        Assert.Equal(version.SpecVersion, spec.GetProperty("specVersion").GetUInt32());
        Assert.Equal(version.TransactionVersion, spec.GetProperty("transactionVersion").GetUInt32());
        Assert.Equal(5u, spec.GetProperty("apis").GetProperty("0xdf6acb689907609b").GetUInt32());

        await AssertNewBlockAsync(client, sub, block1.Hash, node.Tree.Genesis);
        await AssertNewBlockAsync(client, sub, block2.Hash, block1.Hash);
        await AssertBestAsync(client, sub, block2.Hash);

        BlockImportNotification block3 = node.AuthorBlock();
        await AssertNewBlockAsync(client, sub, block3.Hash, block2.Hash);
        await AssertBestAsync(client, sub, block3.Hash);

        node.FinalizeBest();
        JsonElement finalized = await client.NextEventAsync(sub);
        Assert.Equal("finalized", finalized.GetProperty("event").GetString());
        Assert.Equal([block1.Hash.ToString(), block2.Hash.ToString(), block3.Hash.ToString()], Strings(finalized.GetProperty("finalizedBlockHashes")));
        Assert.Empty(Strings(finalized.GetProperty("prunedBlockHashes")));
    }

    [Fact]
    public async Task Initialized_lists_the_finalized_block_after_its_ancestors_all_pinned()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync(new ChainHeadOptions { MaxInitialFinalizedBlocks = 3 });
        var blocks = new List<BlockImportNotification>();
        for (int i = 0; i < 4; i++) blocks.Add(node.AuthorBlock());
        node.FinalizeBest();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);

        string sub = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        JsonElement initialized = await client.NextEventAsync(sub, "initialized");

        Assert.Equal([blocks[1].Hash.ToString(), blocks[2].Hash.ToString(), blocks[3].Hash.ToString()], Strings(initialized.GetProperty("finalizedBlockHashes")));
        Assert.Equal(blocks[3].Hash.ToString(), (await client.NextEventAsync(sub, "bestBlockChanged")).GetProperty("bestBlockHash").GetString());
        Assert.Equal(JsonValueKind.String, (await client.ResultAsync("chainHead_v1_header", $"[\"{sub}\",\"{blocks[1].Hash}\"]")).ValueKind);
        JsonElement notReported = await client.CallAsync("chainHead_v1_header", $"[\"{sub}\",\"{blocks[0].Hash}\"]");
        Assert.Equal(SpecErrors.InvalidBlock, notReported.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Finality_reports_the_blocks_of_abandoned_forks_as_pruned()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification main1 = node.AuthorOn(node.Tree.Genesis, slot: 100);
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        await client.NextEventAsync(sub, "bestBlockChanged");

        BlockImportNotification fork1 = node.AuthorOn(node.Tree.Genesis, slot: 101);
        JsonElement forkBlock = await client.NextEventAsync(sub, "newBlock");
        Assert.Equal(fork1.Hash.ToString(), forkBlock.GetProperty("blockHash").GetString());
        BlockImportNotification main2 = node.AuthorOn(main1.Hash, slot: 102);
        await client.NextEventAsync(sub, "bestBlockChanged");

        node.FinalizeBest();
        JsonElement finalized = await client.NextEventAsync(sub, "finalized");
        Assert.Equal([main1.Hash.ToString(), main2.Hash.ToString()], Strings(finalized.GetProperty("finalizedBlockHashes")));
        Assert.Equal([fork1.Hash.ToString()], Strings(finalized.GetProperty("prunedBlockHashes")));
        // Pruned blocks stay pinned until the client unpins them.
        Assert.Equal(JsonValueKind.Null, (await client.ResultAsync("chainHead_v1_unpin", $"[\"{sub}\",\"{fork1.Hash}\"]")).ValueKind);
    }

    [Fact]
    public async Task Follow_without_runtime_leaves_the_runtime_out_and_refuses_runtime_calls()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);

        string sub = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        JsonElement initialized = await client.NextEventAsync(sub, "initialized");
        Assert.False(initialized.TryGetProperty("finalizedBlockRuntime", out _));

        BlockImportNotification block = node.AuthorBlock();
        JsonElement newBlock = await client.NextEventAsync(sub, "newBlock");
        Assert.Equal(JsonValueKind.Null, newBlock.GetProperty("newRuntime").ValueKind);

        JsonElement call = await client.CallAsync("chainHead_v1_call", $"[\"{sub}\",\"{block.Hash}\",\"Core_version\",\"0x\"]");
        Assert.Equal(SpecErrors.InvalidRuntimeCall, call.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_connection_may_follow_only_as_often_as_the_limit_allows()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync(new ChainHeadOptions { MaxFollowSubscriptionsPerConnection = 2 });
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);

        string first = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        await client.ResultAsync("chainHead_v1_follow", "[false]");
        JsonElement third = await client.CallAsync("chainHead_v1_follow", "[false]");
        Assert.Equal(SpecErrors.ReachedLimits, third.GetProperty("error").GetProperty("code").GetInt32());

        Assert.True((await client.ResultAsync("chainHead_v1_unfollow", $"[\"{first}\"]")).GetBoolean());
        string again = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        Assert.Equal("initialized", (await client.NextEventAsync(again)).GetProperty("event").GetString());
    }

    [Fact]
    public async Task A_subscription_holding_more_pinned_blocks_than_allowed_is_stopped()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync(new ChainHeadOptions { MaxPinnedBlocks = 3 });
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        await client.NextEventAsync(sub, "bestBlockChanged");

        for (int i = 0; i < 3; i++) node.AuthorBlock();

        Assert.Equal("stop", (await client.NextEventAsync(sub, "stop")).GetProperty("event").GetString());
        JsonElement header = await client.ResultAsync("chainHead_v1_header", $"[\"{sub}\",\"{node.Tree.Genesis}\"]");
        Assert.Equal(JsonValueKind.Null, header.ValueKind);
    }

    [Fact]
    public async Task Header_answers_the_scale_header_of_a_pinned_block_only()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification block = node.AuthorBlock();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        await client.NextEventAsync(sub, "bestBlockChanged");

        JsonElement header = await client.ResultAsync("chainHead_v1_header", $"[\"{sub}\",\"{block.Hash}\"]");
        Assert.Equal(Hex.Encode(ScaleCodec.Encode(block.Header)), header.GetString());

        JsonElement unknown = await client.CallAsync("chainHead_v1_header", $"[\"{sub}\",\"{Hash256.Zero}\"]");
        Assert.Equal(SpecErrors.InvalidBlock, unknown.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Invalid block hash", unknown.GetProperty("error").GetProperty("message").GetString());

        JsonElement staleSubscription = await client.ResultAsync("chainHead_v1_header", $"[\"nosuchsub\",\"{block.Hash}\"]");
        Assert.Equal(JsonValueKind.Null, staleSubscription.ValueKind);
    }

    [Fact]
    public async Task Unpin_releases_blocks_and_refuses_unpinned_or_repeated_hashes()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification block1 = node.AuthorBlock();
        BlockImportNotification block2 = node.AuthorBlock();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        string sub = (await client.ResultAsync("chainHead_v1_follow", "[false]")).GetString()!;
        await client.NextEventAsync(sub, "bestBlockChanged");

        JsonElement duplicate = await client.CallAsync("chainHead_v1_unpin", $"[\"{sub}\",[\"{block1.Hash}\",\"{block1.Hash}\"]]");
        Assert.Equal(SpecErrors.InvalidDuplicateHashes, duplicate.GetProperty("error").GetProperty("code").GetInt32());

        Assert.Equal(JsonValueKind.Null, (await client.ResultAsync("chainHead_v1_unpin", $"[\"{sub}\",\"{block1.Hash}\"]")).ValueKind);
        JsonElement header = await client.CallAsync("chainHead_v1_header", $"[\"{sub}\",\"{block1.Hash}\"]");
        Assert.Equal(SpecErrors.InvalidBlock, header.GetProperty("error").GetProperty("code").GetInt32());

        JsonElement again = await client.CallAsync("chainHead_v1_unpin", $"[\"{sub}\",[\"{block2.Hash}\",\"{block1.Hash}\"]]");
        Assert.Equal(SpecErrors.InvalidBlock, again.GetProperty("error").GetProperty("code").GetInt32());
        // Nothing of a refused unpin happens: block2 is still pinned.
        Assert.Equal(JsonValueKind.String, (await client.ResultAsync("chainHead_v1_header", $"[\"{sub}\",\"{block2.Hash}\"]")).ValueKind);
    }

    private static async Task AssertNewBlockAsync(SpecClient client, string sub, Hash256 hash, Hash256 parent)
    {
        JsonElement newBlock = await client.NextEventAsync(sub);
        Assert.Equal("newBlock", newBlock.GetProperty("event").GetString());
        Assert.Equal(hash.ToString(), newBlock.GetProperty("blockHash").GetString());
        Assert.Equal(parent.ToString(), newBlock.GetProperty("parentBlockHash").GetString());
        Assert.Equal(JsonValueKind.Null, newBlock.GetProperty("newRuntime").ValueKind);
    }

    private static async Task AssertBestAsync(SpecClient client, string sub, Hash256 hash)
    {
        JsonElement best = await client.NextEventAsync(sub);
        Assert.Equal("bestBlockChanged", best.GetProperty("event").GetString());
        Assert.Equal(hash.ToString(), best.GetProperty("bestBlockHash").GetString());
    }

    internal static string[] Strings(JsonElement array)
    {
        var values = new List<string>();
        foreach (JsonElement item in array.EnumerateArray()) values.Add(item.GetString()!);
        return [.. values];
    }
}
