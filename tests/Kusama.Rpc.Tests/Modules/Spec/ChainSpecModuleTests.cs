using System.Text.Json;

namespace Kusama.Rpc.Tests.Modules.Spec;

public sealed class ChainSpecModuleTests
{
    [Fact]
    public async Task ChainSpec_methods_answer_the_name_genesis_hash_and_properties_of_the_chain_spec()
    {
        await using SpecTestNode node = await SpecTestNode.StartAsync();
        await using SpecClient client = await SpecClient.ConnectAsync(node.Server);

        Assert.Equal(node.Spec.Name, (await client.ResultAsync("chainSpec_v1_chainName")).GetString());
        Assert.Equal(node.Tree.Genesis.ToString(), (await client.ResultAsync("chainSpec_v1_genesisHash")).GetString());
        JsonElement properties = await client.ResultAsync("chainSpec_v1_properties");
        Assert.Equal(JsonValueKind.Object, properties.ValueKind);
        Assert.Equal(node.Spec.Properties?.ToJsonString() ?? "{}", properties.GetRawText());
    }
}
