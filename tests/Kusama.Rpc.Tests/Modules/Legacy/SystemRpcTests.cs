using System.Text.Json;
using Kusama.Core;
using Kusama.Rpc.Tests.Support;

namespace Kusama.Rpc.Tests.Modules.Legacy;

public sealed class SystemRpcTests
{
    [Fact]
    public async Task SystemMethodsDescribeTheNodeAndTheChain()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        Assert.Equal("Kusama.NET", (await rpc.ResultAsync("system_name")).GetString());
        Assert.Equal("1.0.0-test", (await rpc.ResultAsync("system_version")).GetString());
        Assert.Equal(node.Chain.Spec.Name, (await rpc.ResultAsync("system_chain")).GetString());
        Assert.Equal("Development", (await rpc.ResultAsync("system_chainType")).GetString());
        Assert.Equal("[\"Authority\"]", (await rpc.ResultAsync("system_nodeRoles")).GetRawText());
        Assert.Equal("{\"peers\":0,\"isSyncing\":false,\"shouldHavePeers\":false}", (await rpc.ResultAsync("system_health")).GetRawText());
        Assert.Equal(JsonValueKind.Object, (await rpc.ResultAsync("system_properties")).ValueKind);
        JsonElement sync = await rpc.ResultAsync("system_syncState");
        Assert.Equal(0, sync.GetProperty("highestBlock").GetInt32());
    }

    [Fact]
    public async Task DryRunAndFeeQueriesRunTheRuntime()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        // On the genesis state System.BlockHash[0] is still frame-system's placeholder, so signatures only check from block 1.
        node.Chain.AuthorBlock();
        await using RpcSession rpc = await node.ConnectAsync();
        string transfer = Hex.Encode(node.Chain.Transfer(DevChain.Alice, DevChain.Bob, 1_000_000_000_000, 0));

        Assert.Equal("0x0000", (await rpc.ResultAsync("system_dryRun", $"[\"{transfer}\"]")).GetString());
        JsonElement info = await rpc.ResultAsync("payment_queryInfo", $"[\"{transfer}\"]");
        Assert.Equal("normal", info.GetProperty("class").GetString());
        Assert.Equal(JsonValueKind.Number, info.GetProperty("weight").GetProperty("ref_time").ValueKind);
        Assert.True(ulong.Parse(info.GetProperty("partialFee").GetString()!) > 0);
        JsonElement details = await rpc.ResultAsync("payment_queryFeeDetails", $"[\"{transfer}\"]");
        Assert.Equal(JsonValueKind.Number, details.GetProperty("inclusionFee").GetProperty("baseFee").ValueKind);
    }
}
