using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Rpc.Modules.Spec;

namespace Kusama.Rpc.Tests.Modules.Spec;

public sealed class TransactionModuleTests
{
    [Fact]
    public async Task Broadcast_puts_the_transaction_in_the_pool_and_the_next_block_includes_it()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        byte[] transfer = node.SignedTransfer(nonce: 0);

        string operationId = (await client.ResultAsync("transaction_v1_broadcast", $"[\"{Hex.Encode(transfer)}\"]")).GetString()!;
        Assert.False(string.IsNullOrEmpty(operationId));
        await WaitUntilAsync(() => node.Pool.Contains(TransactionPool.HashOf(transfer)));

        BlockImportNotification block = node.AuthorBlock();
        Assert.Contains(block.Body, extrinsic => extrinsic.AsSpan().SequenceEqual(transfer));
        Assert.Equal(JsonValueKind.Null, (await client.ResultAsync("transaction_v1_stop", $"[\"{operationId}\"]")).ValueKind);
    }

    [Fact]
    public async Task Broadcast_of_garbage_still_answers_an_operation_id_and_stop_knows_only_running_ids()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync(broadcast: new TransactionBroadcastOptions { RetryDelay = TimeSpan.FromMinutes(1) });
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);

        JsonElement garbage = await client.ResultAsync("transaction_v1_broadcast", "[\"0x0102\"]");
        Assert.Equal(JsonValueKind.String, garbage.ValueKind);

        JsonElement unknown = await client.CallAsync("transaction_v1_stop", "[\"nosuchoperation\"]");
        Assert.Equal(RpcErrorCodes.InvalidParams, unknown.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Invalid operation id", unknown.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task SubmitAndWatch_reports_validated_then_inclusion_in_the_best_chain_then_finality()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        byte[] transfer = node.SignedTransfer(nonce: 0);

        string sub = (await client.ResultAsync("transactionWatch_v1_submitAndWatch", $"[\"{Hex.Encode(transfer)}\"]")).GetString()!;
        Assert.Equal("validated", (await client.NextEventAsync(sub)).GetProperty("event").GetString());

        BlockImportNotification block = node.AuthorBlock();
        int index = Array.FindIndex(block.Body, extrinsic => extrinsic.AsSpan().SequenceEqual(transfer));
        Assert.True(index > 0);
        JsonElement included = await client.NextEventAsync(sub);
        Assert.Equal("bestChainBlockIncluded", included.GetProperty("event").GetString());
        Assert.Equal(block.Hash.ToString(), included.GetProperty("block").GetProperty("hash").GetString());
        Assert.Equal(index, included.GetProperty("block").GetProperty("index").GetInt32());

        node.FinalizeBest();
        JsonElement finalized = await client.NextEventAsync(sub);
        Assert.Equal("finalized", finalized.GetProperty("event").GetString());
        Assert.Equal(block.Hash.ToString(), finalized.GetProperty("block").GetProperty("hash").GetString());
        Assert.Equal(index, finalized.GetProperty("block").GetProperty("index").GetInt32());
    }

    [Fact]
    public async Task SubmitAndWatch_reports_an_invalid_transaction_as_an_event_and_a_malformed_one_as_an_error()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        byte[] badSignature = node.SignedTransfer(nonce: 0);
        badSignature[^1] ^= 0xff; // the call's last byte: the signature no longer matches

        string sub = (await client.ResultAsync("transactionWatch_v1_submitAndWatch", $"[\"{Hex.Encode(badSignature)}\"]")).GetString()!;
        JsonElement invalid = await client.NextEventAsync(sub);
        Assert.Equal("invalid", invalid.GetProperty("event").GetString());
        Assert.False(string.IsNullOrEmpty(invalid.GetProperty("error").GetString()));

        JsonElement malformed = await client.CallAsync("transactionWatch_v1_submitAndWatch", "[\"0x0102\"]");
        Assert.Equal(SpecErrors.BadFormat, malformed.GetProperty("error").GetProperty("code").GetInt32());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            timeout.Token.ThrowIfCancellationRequested();
            await Task.Delay(10, timeout.Token);
        }
    }
}
