using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Rpc.Tests.Support;

namespace Kusama.Rpc.Tests.Modules.Legacy;

public sealed class StateRpcTests
{
    private static readonly string AliceAccountKey = Hex.Encode(DevChain.AccountKey(DevChain.Alice.AccountId));

    [Fact]
    public async Task RuntimeVersionHasEveryFieldOfSpVersionSerde()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        JsonElement version = await rpc.ResultAsync("state_getRuntimeVersion");

        Assert.Equal("kusama", version.GetProperty("specName").GetString());
        foreach (string field in new[] { "authoringVersion", "specVersion", "implVersion", "transactionVersion", "systemVersion", "stateVersion" })
            Assert.Equal(JsonValueKind.Number, version.GetProperty(field).ValueKind);
        Assert.Equal(JsonValueKind.String, version.GetProperty("implName").ValueKind);
        JsonElement core = version.GetProperty("apis")[0];
        Assert.Matches("^0x[0-9a-f]{16}$", core[0].GetString());
        Assert.Equal(JsonValueKind.Number, core[1].ValueKind);
        Assert.Equal(version.GetRawText(), (await rpc.ResultAsync("chain_getRuntimeVersion")).GetRawText());
    }

    [Fact]
    public async Task StorageReadsAnswerValuesHashesSizesAndChangeSets()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        string value = (await rpc.ResultAsync("state_getStorage", $"[\"{AliceAccountKey}\"]")).GetString()!;
        Assert.StartsWith("0x", value);
        Assert.Equal((value.Length - 2) / 2, (await rpc.ResultAsync("state_getStorageSize", $"[\"{AliceAccountKey}\"]")).GetInt32());
        string hash = (await rpc.ResultAsync("state_getStorageHash", $"[\"{AliceAccountKey}\"]")).GetString()!;
        Assert.Equal(Kusama.Crypto.Hashing.Blake2b.Hash256(Hex.Decode(value)).ToString(), hash);
        Assert.Equal(JsonValueKind.Null, (await rpc.ResultAsync("state_getStorage", "[\"0x1234\"]")).ValueKind);

        JsonElement sets = await rpc.ResultAsync("state_queryStorageAt", $"[[\"{AliceAccountKey}\", \"0x1234\"]]");
        JsonElement set = Assert.Single(sets.EnumerateArray());
        Assert.Equal(node.Chain.Tree.Best.Hash.ToString(), set.GetProperty("block").GetString());
        Assert.Equal(value, set.GetProperty("changes")[0][1].GetString());
        Assert.Equal(JsonValueKind.Null, set.GetProperty("changes")[1][1].ValueKind);
    }

    [Fact]
    public async Task UnknownAtBlockIsSubstratesClientError()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        string unknown = "0x" + new string('2', 64);
        JsonElement error = await rpc.ErrorAsync("state_getStorage", $"[\"{AliceAccountKey}\", \"{unknown}\"]");
        Assert.Equal(4003, error.GetProperty("code").GetInt32());
        Assert.Equal($"Client error: UnknownBlock: State already discarded for {unknown}", error.GetProperty("message").GetString());
        JsonElement call = await rpc.ErrorAsync("state_call", "[\"NoSuch_method\", \"0x\"]");
        Assert.Equal(4003, call.GetProperty("code").GetInt32());
        Assert.StartsWith("Client error: Execution failed:", call.GetProperty("message").GetString());
    }

    [Fact]
    public async Task KeysPagedContinueStrictlyAfterTheStartKeyAndRefuseMoreThanAThousand()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        string prefix = AliceAccountKey[..66]; // System.Account's prefix
        string[] all = (await rpc.ResultAsync("state_getKeys", $"[\"{prefix}\"]")).EnumerateArray().Select(k => k.GetString()!).ToArray();
        Assert.True(all.Length >= 3);

        string[] page1 = (await rpc.ResultAsync("state_getKeysPaged", $"[\"{prefix}\", 2]")).EnumerateArray().Select(k => k.GetString()!).ToArray();
        string[] page2 = (await rpc.ResultAsync("state_getKeysPaged", $"[\"{prefix}\", 2, \"{page1[1]}\"]")).EnumerateArray().Select(k => k.GetString()!).ToArray();
        Assert.Equal(all[..2], page1);
        Assert.Equal(all[2..Math.Min(4, all.Length)], page2);

        JsonElement error = await rpc.ErrorAsync("state_getKeysPaged", $"[\"{prefix}\", 1001]");
        Assert.Equal(4002, error.GetProperty("code").GetInt32());
        Assert.Equal("count exceeds maximum value. value: 1001, max: 1000", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task MetadataIsTheRawPrefixedMetadata()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        Assert.StartsWith("0x6d657461", (await rpc.ResultAsync("state_getMetadata")).GetString());
    }

    [Fact]
    public async Task ReadProofNamesTheBlockAndListsNodes()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        JsonElement proof = await rpc.ResultAsync("state_getReadProof", $"[[\"{AliceAccountKey}\"]]");
        Assert.Equal(node.Chain.Tree.Best.Hash.ToString(), proof.GetProperty("at").GetString());
        Assert.NotEqual(0, proof.GetProperty("proof").GetArrayLength());
    }

    [Fact]
    public async Task StorageSubscriptionSendsCurrentValuesThenChangesOfNewBestBlocks()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        string bobKey = Hex.Encode(DevChain.AccountKey(DevChain.Bob.AccountId));
        string id = (await rpc.ResultAsync("state_subscribeStorage", $"[[\"{AliceAccountKey}\", \"{bobKey}\"]]")).GetString()!;
        (string method, JsonElement first) = await rpc.NextAsync(id);
        Assert.Equal("state_storage", method);
        Assert.Equal(2, first.GetProperty("changes").GetArrayLength());

        node.Chain.Pool.Submit(Kusama.Frame.Transactions.TransactionSource.External, node.Chain.Transfer(DevChain.Alice, DevChain.Bob, 1_000_000_000_000, 0));
        BlockImportNotification block = node.Chain.AuthorBlock();
        (_, JsonElement change) = await rpc.NextAsync(id);
        Assert.Equal(block.Hash.ToString(), change.GetProperty("block").GetString());
        Assert.Equal(2, change.GetProperty("changes").GetArrayLength());
        Assert.NotEqual(first.GetProperty("changes")[0][1].GetString(), change.GetProperty("changes")[0][1].GetString());
    }

    [Fact]
    public async Task RuntimeVersionSubscriptionSendsTheCurrentVersionFirst()
    {
        await using LegacyNode node = await LegacyNode.StartAsync();
        await using RpcSession rpc = await node.ConnectAsync();
        string id = (await rpc.ResultAsync("state_subscribeRuntimeVersion")).GetString()!;
        (string method, JsonElement version) = await rpc.NextAsync(id);
        Assert.Equal("state_runtimeVersion", method);
        Assert.Equal("kusama", version.GetProperty("specName").GetString());
    }

    [Fact]
    public async Task AllKeysStorageSubscriptionIsUnsafe()
    {
        await using LegacyNode node = await LegacyNode.StartAsync(methods: RpcMethods.Safe);
        await using RpcSession rpc = await node.ConnectAsync();
        JsonElement error = await rpc.ErrorAsync("state_subscribeStorage");
        Assert.Equal(-32601, error.GetProperty("code").GetInt32());
        Assert.Equal("RPC call is unsafe to be called externally", error.GetProperty("message").GetString());
    }
}
