namespace Kusama.Node.Tests.Cli;

public class BuiltInChainSpecTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kusama-builtin-spec-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("dev", "Development", "kusama_dev", "Development")]
    [InlineData("kusama-local", "Kusama Local Testnet", "kusama_local_testnet", "Local")]
    public void Built_in_specs_have_kusamas_names_and_properties(string chain, string name, string id, string chainType)
    {
        CliRun run = CliRun.Of("chain-info", "--chain", chain);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(name, run.Field("name"));
        Assert.Equal(id, run.Field("id"));
        Assert.Equal(chainType, run.Field("chainType"));
        Assert.Equal("KSM", run.Json.GetProperty("properties").GetProperty("tokenSymbol").GetString());
        Assert.Equal(1, run.Json.GetProperty("stateVersion").GetInt32());
    }

    [Fact]
    public void The_genesis_config_and_raw_forms_give_the_same_genesis_hash()
    {
        string builtIn = CliRun.Of("chain-info", "--chain", "dev").Field("genesisHash");

        string configPath = Path.Combine(_directory, "dev.json");
        File.WriteAllText(configPath, CliRun.Of("build-spec", "--chain", "dev").Output);
        Assert.Contains("\"runtimeGenesis\"", File.ReadAllText(configPath));
        string rawPath = Path.Combine(_directory, "dev-raw.json");
        File.WriteAllText(rawPath, CliRun.Of("build-spec", "--chain", configPath, "--raw").Output);
        Assert.Contains("\"raw\"", File.ReadAllText(rawPath));

        Assert.Equal(builtIn, CliRun.Of("chain-info", "--chain", configPath).Field("genesisHash"));
        Assert.Equal(builtIn, CliRun.Of("chain-info", "--chain", rawPath).Field("genesisHash"));
    }

    [Fact]
    public void A_genesis_config_below_the_existential_deposit_is_a_clear_error()
    {
        string spec = CliRun.Of("build-spec", "--chain", "dev").Output.Replace("1000000000000000000", "1");
        string path = Path.Combine(_directory, "bad.json");
        File.WriteAllText(path, spec);
        CliRun run = CliRun.Of("build-spec", "--chain", path, "--raw");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("existential deposit", run.Error);
    }
}
