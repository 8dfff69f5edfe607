using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Rpc.Tests.Modules.Spec;

public sealed class ArchiveModuleTests
{
    [Fact]
    public async Task Archive_answers_heights_hashes_headers_and_bodies_of_kept_blocks()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        BlockImportNotification block1 = node.AuthorBlock();
        node.FinalizeBest();
        BlockImportNotification block2 = node.AuthorBlock();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);

        Assert.Equal(1, (await client.ResultAsync("archive_v1_finalizedHeight")).GetInt32());
        Assert.Equal(node.Tree.Genesis.ToString(), (await client.ResultAsync("archive_v1_genesisHash")).GetString());
        Assert.Equal([block1.Hash.ToString()], ChainHeadFollowTests.Strings(await client.ResultAsync("archive_v1_hashByHeight", "[1]")));
        Assert.Equal([block2.Hash.ToString()], ChainHeadFollowTests.Strings(await client.ResultAsync("archive_v1_hashByHeight", "[2]")));
        Assert.Empty(ChainHeadFollowTests.Strings(await client.ResultAsync("archive_v1_hashByHeight", "[3]")));

        Assert.Equal(Hex.Encode(ScaleCodec.Encode(block2.Header)), (await client.ResultAsync("archive_v1_header", $"[\"{block2.Hash}\"]")).GetString());
        Assert.Equal(Array.ConvertAll(block1.Body, static e => Hex.Encode(e)),
            ChainHeadFollowTests.Strings(await client.ResultAsync("archive_v1_body", $"[\"{block1.Hash}\"]")));
        Assert.Equal(JsonValueKind.Null, (await client.ResultAsync("archive_v1_header", $"[\"{Hash256.Zero}\"]")).ValueKind);
    }

    [Fact]
    public async Task Archive_call_reports_success_with_the_output_or_failure_with_the_error()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);
        Hash256 genesis = node.Tree.Genesis;

        JsonElement ok = await client.ResultAsync("archive_v1_call", $"[\"{genesis}\",\"Core_version\",\"0x\"]");
        Assert.True(ok.GetProperty("success").GetBoolean());
        Assert.Equal(Hex.Encode(node.Executor.Call(node.Tree.GetHeader(genesis)!.StateRoot, "Core_version", [])), ok.GetProperty("value").GetString());

        JsonElement failed = await client.ResultAsync("archive_v1_call", $"[\"{genesis}\",\"NoSuchApi_method\",\"0x\"]");
        Assert.False(failed.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("error").GetString()));
    }
}
