using System.Text.Json;

namespace Kusama.Node.Tests.Cli;

public class ChainSpecCommandsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kusama-chainspec-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A raw spec whose top storage is a trie vector with a known root (tests/Vectors/trie-vectors.json).</summary>
    private (string Path, string Root) SpecFromTrieVector(string layout)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepoFile("tests/Vectors/trie-vectors.json")));
        JsonElement vector = doc.RootElement.EnumerateArray().First(v =>
            v.GetProperty("layout").GetString() == layout && v.GetProperty("name").GetString()!.StartsWith("gossamer Test_Version_Root")
            && v.GetProperty("entries").EnumerateArray().Select(e => e[0].GetString()).Distinct().Count() == v.GetProperty("entries").GetArrayLength());
        var top = new Dictionary<string, string>();
        foreach (JsonElement entry in vector.GetProperty("entries").EnumerateArray()) top[entry[0].GetString()!] = entry[1].GetString()!;
        string json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["name"] = "Vector",
            ["id"] = "vector",
            ["chainType"] = "Local",
            ["properties"] = new Dictionary<string, object> { ["ss58Format"] = 2 },
            ["genesis"] = new Dictionary<string, object> { ["raw"] = new Dictionary<string, object> { ["top"] = top, ["childrenDefault"] = new Dictionary<string, object>() } },
        });
        string path = Path.Combine(_directory, layout + ".json");
        File.WriteAllText(path, json);
        return (path, vector.GetProperty("root").GetString()!);
    }

    [Theory]
    [InlineData("v0", 0)]
    [InlineData("v1", 1)]
    public void Chain_info_prints_the_genesis_state_root_of_the_raw_storage(string layout, int version)
    {
        var (path, root) = SpecFromTrieVector(layout);
        CliRun run = CliRun.Of("chain-info", "--chain", path, "--state-version", version.ToString());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Vector", run.Field("name"));
        Assert.Equal("vector", run.Field("id"));
        Assert.Equal("Local", run.Field("chainType"));
        Assert.Equal(root, run.Field("genesisStateRoot"));
        Assert.Equal(version, run.Json.GetProperty("stateVersion").GetInt32());
        Assert.Equal(2, run.Json.GetProperty("properties").GetProperty("ss58Format").GetInt32());
        Assert.StartsWith("0x", run.Field("genesisHash"));
        Assert.Equal(66, run.Field("genesisHash").Length);
    }

    [Fact]
    public void Build_spec_writes_a_spec_that_reads_back_to_the_same_genesis()
    {
        var (path, root) = SpecFromTrieVector("v1");
        CliRun built = CliRun.Of("build-spec", "--chain", path, "--raw");
        Assert.Equal(0, built.ExitCode);
        string copy = Path.Combine(_directory, "copy.json");
        File.WriteAllText(copy, built.Output);
        Assert.Equal(root, CliRun.Of("chain-info", "--chain", copy, "--state-version", "1").Field("genesisStateRoot"));
    }

    [Fact]
    public void A_spec_without_code_needs_an_explicit_state_version()
    {
        var (path, _) = SpecFromTrieVector("v1");
        CliRun run = CliRun.Of("chain-info", "--chain", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Error: the genesis storage has no runtime code", run.Error);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{"name":"x","id":"y","genesis":{"raw":{"top":{"0xzz":"0x"}}}}""", "invalid hex digit")]
    public void A_corrupt_chain_spec_is_a_one_line_error(string content, string expected)
    {
        string path = Path.Combine(_directory, "bad.json");
        File.WriteAllText(path, content);
        CliRun run = CliRun.Of("chain-info", "--chain", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_missing_spec_file_is_a_one_line_error()
    {
        CliRun run = CliRun.Of("chain-info", "--chain", Path.Combine(_directory, "absent.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    private static string RepoFile(string relative)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Kusama.slnx"))) dir = Path.GetDirectoryName(dir);
        return Path.Combine(dir ?? throw new InvalidOperationException("Kusama.slnx not found"), relative);
    }
}
