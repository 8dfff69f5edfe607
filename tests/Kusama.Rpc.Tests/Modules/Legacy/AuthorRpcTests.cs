using System.Text.Json;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Rpc.Tests.Support;

namespace Kusama.Rpc.Tests.Modules.Legacy;

public sealed class AuthorRpcTests
{
    [Fact]
    public async Task SubmitAnswersTheTransactionHashAndTheNextIndexCountsThePool()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        byte[] transfer = node.Chain.Transfer(DevChain.Alice, DevChain.Bob, 1_000_000_000_000, 0);

        string hash = (await rpc.ResultAsync("author_submitExtrinsic", $"[\"{Hex.Encode(transfer)}\"]")).GetString()!;
        Assert.Equal(TransactionPool.HashOf(transfer).ToString(), hash);
        Assert.Equal(Hex.Encode(transfer), (await rpc.ResultAsync("author_pendingExtrinsics"))[0].GetString());
        string alice = Kusama.Crypto.Ss58.Ss58Address.Encode(DevChain.Alice.AccountId.Bytes, 2);
        Assert.Equal(1, (await rpc.ResultAsync("system_accountNextIndex", $"[\"{alice}\"]")).GetInt32());
    }

    [Fact]
    public async Task BadExtrinsicsAnswerSubstratesAuthorErrors()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        await rpc.ResultAsync("author_submitExtrinsic", $"[\"{Hex.Encode(node.Chain.Transfer(DevChain.Alice, DevChain.Bob, 1_000_000_000_000, 0))}\"]");
        node.Chain.AuthorBlock();
        byte[] stale = node.Chain.Transfer(DevChain.Alice, DevChain.Bob, 2_000_000_000_000, 0);

        JsonElement invalid = await rpc.ErrorAsync("author_submitExtrinsic", $"[\"{Hex.Encode(stale)}\"]");
        Assert.Equal(1010, invalid.GetProperty("code").GetInt32());
        Assert.Equal("Invalid Transaction", invalid.GetProperty("message").GetString());
        Assert.Equal("Transaction is outdated", invalid.GetProperty("data").GetString());

        JsonElement truncated = await rpc.ErrorAsync("author_submitAndWatchExtrinsic", "[\"0x1001\"]");
        Assert.Equal(1001, truncated.GetProperty("code").GetInt32());
        Assert.StartsWith("Extrinsic has invalid format", truncated.GetProperty("message").GetString());
    }

    [Fact]
    public async Task WatchReportsReadyThenInBlockThenFinalized()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        byte[] transfer = node.Chain.Transfer(DevChain.Alice, DevChain.Bob, 1_000_000_000_000, 0);
        string id = (await rpc.ResultAsync("author_submitAndWatchExtrinsic", $"[\"{Hex.Encode(transfer)}\"]")).GetString()!;

        (string method, JsonElement status) = await rpc.NextAsync(id);
        Assert.Equal("author_extrinsicUpdate", method);
        Assert.Equal("ready", status.GetString());

        var block = node.Chain.AuthorBlock();
        Assert.Equal(block.Hash.ToString(), (await rpc.NextAsync(id)).Result.GetProperty("inBlock").GetString());
        Assert.Equal(block.Hash.ToString(), (await rpc.NextAsync(id)).Result.GetProperty("finalized").GetString());
    }

    [Fact]
    public async Task KeysInsertedAreFoundByHasKeyAndBadKeyTypesAreRefused()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        string publicKey = Hex.Encode(DevChain.Alice.PublicKey);
        Assert.False((await rpc.ResultAsync("author_hasKey", $"[\"{publicKey}\", \"babe\"]")).GetBoolean());
        await rpc.ResultAsync("author_insertKey", $"[\"babe\", \"//Alice\", \"{publicKey}\"]");
        Assert.True((await rpc.ResultAsync("author_hasKey", $"[\"{publicKey}\", \"babe\"]")).GetBoolean());
        JsonElement error = await rpc.ErrorAsync("author_insertKey", $"[\"babel\", \"//Alice\", \"{publicKey}\"]");
        Assert.Equal(1040, error.GetProperty("code").GetInt32());
    }
}
