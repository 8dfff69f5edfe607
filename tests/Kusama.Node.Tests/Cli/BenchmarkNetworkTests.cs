using System.Text.RegularExpressions;

namespace Kusama.Node.Tests.Cli;

public sealed partial class BenchmarkNetworkTests
{
    [Fact]
    public void Benchmark_network_reports_every_layer_against_raw_tcp_and_the_round_trip_latency()
    {
        CliRun run = CliRun.Of("benchmark", "network", "--megabytes", "2", "--streams", "3", "--round-trips", "20");

        Assert.Equal(0, run.ExitCode);
        MatchCollection rows = LayerRow().Matches(run.Output);
        Assert.Equal(["raw TCP (reference)", "Noise", "Noise + Yamux, 1 substream", "Noise + Yamux, 3 substreams"], rows.Select(row => row.Groups["layer"].Value.Trim()));
        Assert.All(rows, row => Assert.True(double.Parse(row.Groups["rate"].Value, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Equal("1.000", rows[0].Groups["ratio"].Value);
        Assert.Matches(@"Yamux 1 substream / raw TCP: \d+\.\d{3}", run.Output);
        Assert.Matches(@"\(20 round trips\): p50 \d+\.\d µs, p99 \d+\.\d µs", run.Output);
    }

    [Theory]
    [InlineData("--megabytes", "0")]
    [InlineData("--streams", "0")]
    [InlineData("--round-trips", "0")]
    public void Benchmark_network_sizes_below_the_minimum_are_refused(string option, string value)
    {
        CliRun run = CliRun.Of("benchmark", "network", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: --", run.Error);
    }

    [GeneratedRegex(@"^\| (?<layer>[^|]+) \| +(?<rate>[\d.]+) \| +(?<ratio>[\d.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex LayerRow();
}
