using System.Globalization;
using System.Text.RegularExpressions;

namespace Kusama.Node.Tests.Cli;

public sealed partial class BenchmarkSyncTests
{
    [Fact]
    public void Benchmark_sync_has_node_b_reach_node_a_best_block_and_reports_rates_against_direct_import()
    {
        CliRun run = CliRun.Of("benchmark", "sync", "--blocks", "5", "--transfers", "20");

        Assert.Equal(0, run.ExitCode);
        MatchCollection rows = MeasurementRow().Matches(run.Output);
        Assert.Equal(["authoring on A (signing + building, once)", "direct import, fresh RocksDB (reference)", "sync B from A over loopback"],
            rows.Select(row => row.Groups["what"].Value.Trim()));
        foreach (Match row in rows)
        {
            Assert.Equal("5", row.Groups["blocks"].Value);
            Assert.Equal("100", row.Groups["transfers"].Value);
            Assert.True(Parse(row.Groups["seconds"].Value) > 0);
            Assert.True(Parse(row.Groups["blocksPerSecond"].Value) > 0);
            Assert.True(Parse(row.Groups["transfersPerSecond"].Value) > 0);
        }
        Assert.True(Parse(Regex.Match(run.Output, @"Sync time / direct import time: (\d+\.\d{3})").Groups[1].Value) > 0);
        string a = Regex.Match(run.Output, "A's best: (#5 0x[0-9a-f]{64})").Groups[1].Value;
        string b = Regex.Match(run.Output, "B's best: (#\\d+ 0x[0-9a-f]{64})").Groups[1].Value;
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Benchmark_peers_holds_every_peer_and_each_receives_every_announcement()
    {
        CliRun run = CliRun.Of("benchmark", "peers", "--count", "5", "--seconds", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("5 / 5", Value(run, "peers connected at the hub (minimum held)"));
        Assert.Equal("5 / 5", Value(run, "peers connected at the hub (end)"));
        Assert.Equal("2", Value(run, "blocks announced by the hub"));
        Assert.Equal("2", Value(run, "announcements received per peer (min)"));
        Assert.Equal(2.0, Parse(Value(run, "announcements received per peer (avg)")));
        Assert.Equal("5 / 5", Value(run, "peers at the hub's best block"));
        Assert.Equal("0", Value(run, "disconnects seen by the hub"));
        Assert.Equal("0", Value(run, "errors (authoring exceptions)"));
        Assert.True(Parse(Value(run, "process RSS (MiB)")) > 0);
        Assert.True(Parse(Value(run, "process CPU while held (% of one core)")) >= 0);
        Assert.Contains("All 5 peers were held for 2 s.", run.Output);
    }

    [Theory]
    [InlineData("sync", "--blocks", "0")]
    [InlineData("sync", "--transfers", "1")]
    [InlineData("peers", "--count", "0")]
    [InlineData("peers", "--seconds", "0")]
    public void Benchmark_sync_and_peers_sizes_below_the_minimum_are_refused(string command, string option, string value)
    {
        CliRun run = CliRun.Of("benchmark", command, option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: --", run.Error);
    }

    private static double Parse(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Value(CliRun run, string measurement)
    {
        Match row = Regex.Match(run.Output, $@"^\| {Regex.Escape(measurement)} +\| +(?<value>[^|]+?) \|$", RegexOptions.Multiline);
        Assert.True(row.Success, $"no row '{measurement}' in:\n{run.Output}");
        return row.Groups["value"].Value;
    }

    [GeneratedRegex(@"^\| (?<what>[^|]+) \| +(?<blocks>\d+) \| +(?<transfers>\d+) \| +(?<seconds>[\d.]+) \| +(?<blocksPerSecond>[\d.]+) \| +(?<transfersPerSecond>\d+) \| +(?<load>[\d.]+|-) \|$", RegexOptions.Multiline)]
    private static partial Regex MeasurementRow();
}
