using System.Text.RegularExpressions;

namespace Kusama.Node.Tests.Cli;

public sealed partial class BenchmarkBlockAndPoolTests
{
    [Fact]
    public void Benchmark_block_builds_and_imports_every_block_with_all_its_transfers()
    {
        CliRun run = CliRun.Of("benchmark", "block", "--transfers", "6", "--blocks", "3");

        Assert.Equal(0, run.ExitCode);
        // One table row per block; the syncing node imported each (the command fails if the nodes disagree).
        MatchCollection rows = BlockRow().Matches(run.Output);
        Assert.Equal(3, rows.Count);
        foreach (Match row in rows) Assert.Equal("6", row.Groups["transfers"].Value);
        Assert.Contains("Sustained import: 18 transfers", run.Output);
    }

    [Fact]
    public void Benchmark_pool_accepts_every_transfer_on_one_and_all_cores()
    {
        CliRun run = CliRun.Of("benchmark", "pool", "--transactions", "8");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Regex.Matches(run.Output, "8 of 8 accepted").Count);
    }

    [Theory]
    [InlineData("block", "--transfers", "1")]
    [InlineData("block", "--blocks", "0")]
    [InlineData("pool", "--transactions", "0")]
    public void Benchmark_sizes_below_the_minimum_are_refused(string command, string option, string value)
    {
        CliRun run = CliRun.Of("benchmark", command, option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: --", run.Error);
    }

    [GeneratedRegex(@"^\| #(?<number>\d+) \| (?<transfers>[\d,]+) \|", RegexOptions.Multiline)]
    private static partial Regex BlockRow();
}
