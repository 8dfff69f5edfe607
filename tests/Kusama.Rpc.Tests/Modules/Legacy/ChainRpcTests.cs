using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Rpc.Tests.Support;

namespace Kusama.Rpc.Tests.Modules.Legacy;

public sealed class ChainRpcTests
{
    [Fact]
    public async Task GetBlockHashAnswersNumbersHexArraysAndNullPastTheBest()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        BlockImportNotification first = node.Chain.AuthorBlock();
        await using RpcSession rpc = await node.ConnectAsync();
        string genesis = node.Chain.Tree.Genesis.ToString();

        Assert.Equal(genesis, (await rpc.ResultAsync("chain_getBlockHash", "[0]")).GetString());
        Assert.Equal(genesis, (await rpc.ResultAsync("chain_getBlockHash", "[\"0x0\"]")).GetString());
        Assert.Equal(first.Hash.ToString(), (await rpc.ResultAsync("chain_getBlockHash")).GetString());
        Assert.Equal(JsonValueKind.Null, (await rpc.ResultAsync("chain_getBlockHash", "[99]")).ValueKind);
        JsonElement many = await rpc.ResultAsync("chain_getBlockHash", "[[0, \"0x1\", 99]]");
        Assert.Equal(new[] { genesis, first.Hash.ToString(), "null" }, many.EnumerateArray().Select(e => e.GetString() ?? "null").ToArray());
        JsonElement error = await rpc.ErrorAsync("chain_getBlockHash", "[\"zero\"]");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task GetHeaderAndGetBlockUseSubstrateShapes()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        BlockImportNotification block = node.Chain.AuthorBlock();
        await using RpcSession rpc = await node.ConnectAsync();

        JsonElement header = await rpc.ResultAsync("chain_getHeader", $"[\"{block.Hash}\"]");
        Assert.Equal(node.Chain.Tree.Genesis.ToString(), header.GetProperty("parentHash").GetString());
        Assert.Equal("0x1", header.GetProperty("number").GetString());
        Assert.Equal(block.Header.StateRoot.ToString(), header.GetProperty("stateRoot").GetString());
        Assert.Equal(block.Header.ExtrinsicsRoot.ToString(), header.GetProperty("extrinsicsRoot").GetString());
        string log = header.GetProperty("digest").GetProperty("logs")[0].GetString()!;
        Assert.StartsWith("0x0642414245", log); // PreRuntime, engine "BABE"

        JsonElement signed = await rpc.ResultAsync("chain_getBlock", $"[\"{block.Hash}\"]");
        Assert.Equal(header.GetRawText(), signed.GetProperty("block").GetProperty("header").GetRawText());
        Assert.Equal(block.Body.Length, signed.GetProperty("block").GetProperty("extrinsics").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, signed.GetProperty("justifications").ValueKind);

        string unknown = "0x" + new string('1', 64);
        Assert.Equal(JsonValueKind.Null, (await rpc.ResultAsync("chain_getHeader", $"[\"{unknown}\"]")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await rpc.ResultAsync("chain_getBlock", $"[\"{unknown}\"]")).ValueKind);
        Assert.Equal(block.Hash.ToString(), (await rpc.ResultAsync("chain_getFinalisedHead")).GetString());
    }

    [Fact]
    public async Task NewHeadsSendTheCurrentHeadFirstThenEachNewBest()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        string id = (await rpc.ResultAsync("chain_subscribeNewHead")).GetString()!;

        (string method, JsonElement head) = await rpc.NextAsync(id);
        Assert.Equal("chain_newHead", method);
        Assert.Equal("0x0", head.GetProperty("number").GetString());

        node.Chain.AuthorBlock();
        (_, head) = await rpc.NextAsync(id);
        Assert.Equal("0x1", head.GetProperty("number").GetString());
        Assert.True((await rpc.ResultAsync("chain_unsubscribeNewHeads", $"[\"{id}\"]")).GetBoolean());
    }

    [Fact]
    public async Task FinalizedHeadsFillTheGapWhenFinalityJumps()
    {
        await using LegacyNode node = await LegacyNode.StartAsync(finalizeEveryBlock: false);
        await using RpcSession rpc = await node.ConnectAsync();
        string id = (await rpc.ResultAsync("chain_subscribeFinalisedHeads")).GetString()!;
        Assert.Equal("0x0", (await rpc.NextAsync(id)).Result.GetProperty("number").GetString());

        node.Chain.AuthorBlock();
        node.Chain.AuthorBlock();
        BlockImportNotification third = node.Chain.AuthorBlock();
        node.Chain.Tree.Finalize(third.Hash);

        for (int number = 1; number <= 3; number++)
        {
            (string method, JsonElement head) = await rpc.NextAsync(id);
            Assert.Equal("chain_finalizedHead", method);
            Assert.Equal($"0x{number}", head.GetProperty("number").GetString());
        }
    }
}
