namespace Kusama.Node.Tests.Cli;

public class BenchmarkCommandTests
{
    private static readonly string[] Names =
    [
        "sr25519-sign", "sr25519-verify", "sr25519-vrf-sign", "sr25519-vrf-verify", "ed25519-verify", "ecdsa-recover",
        "blake2b-256-1MiB", "blake2b-256-32B", "twox128-1MiB", "twox128-32B",
    ];

    [Fact]
    public void Benchmark_crypto_as_json_reports_a_positive_rate_for_every_measurement()
    {
        var run = CliRun.Of("benchmark", "crypto", "--seconds", "0.02", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json;
        Assert.Equal(Environment.ProcessorCount, json.GetProperty("cores").GetInt32());
        var results = json.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(Names.Order(), results.Keys.Order());
        foreach (var result in results.Values)
        {
            Assert.True(result.GetProperty("oneCore").GetDouble() > 0, result.ToString());
        }

        Assert.Equal("ops/s", results["sr25519-verify"].GetProperty("unit").GetString());
        Assert.True(results["sr25519-verify"].GetProperty("allCores").GetDouble() > 0);
        Assert.Equal("MB/s", results["blake2b-256-1MiB"].GetProperty("unit").GetString());
        Assert.Equal("ns/op", results["twox128-32B"].GetProperty("unit").GetString());
    }

    [Fact]
    public void Benchmark_crypto_as_text_prints_a_row_per_measurement()
    {
        var run = CliRun.Of("benchmark", "crypto", "--seconds", "0.01");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2 + Names.Length, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("ecdsa-recover ", StringComparison.Ordinal) && line.EndsWith("ops/s", StringComparison.Ordinal));
    }

    [Fact]
    public void Benchmark_state_reports_root_commit_and_read_times_and_cleans_up()
    {
        string directory = Directory.CreateTempSubdirectory("kusama-bench-state-").FullName;
        try
        {
            var run = CliRun.Of("benchmark", "state", "--entries", "2000", "--updates", "100", "--reads", "200", "--base-path", directory);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("root of 2,000 random 32-byte pairs", run.Output);
            Assert.Contains("100 random updates + commit to RocksDB", run.Output);
            Assert.Contains("random read through the flat snapshot", run.Output);
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Benchmark_state_rejects_a_missing_base_path()
    {
        var run = CliRun.Of("benchmark", "state", "--base-path", "/nonexistent/kusama");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }
}
