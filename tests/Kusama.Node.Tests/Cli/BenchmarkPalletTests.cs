using System.Text.RegularExpressions;

namespace Kusama.Node.Tests.Cli;

public partial class BenchmarkPalletTests
{
    [GeneratedRegex(@"Weight\.FromParts\(([0-9_]+), ([0-9_]+)\)")]
    private static partial Regex WeightParts();

    private static string RunToFile(params string[] args)
    {
        string file = Path.Combine(Path.GetTempPath(), $"kusama-bench-{Guid.NewGuid():N}.cs");
        try
        {
            var run = CliRun.Of([.. args, "--output", file]);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"written to {file}", run.Output);
            return File.ReadAllText(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_weights_file_has_a_method_per_benchmark_with_measured_times_and_a_provenance_header()
    {
        string source = RunToFile("benchmark", "pallet", "--pallet", "Timestamp", "--steps", "2", "--repeat", "1");

        Assert.Contains("namespace Kusama.Runtime.Pallets.Timestamp;", source);
        Assert.Contains("public static class TimestampWeights", source);
        Assert.Contains("public static Weight Set() =>", source);
        Assert.Contains("public static Weight OnFinalize() =>", source);
        Assert.Contains("// Command:    kusama benchmark pallet --pallet Timestamp --steps 2 --repeat 1 --output ", source);
        Assert.Matches(@"// Date:       \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC", source);
        Assert.Contains($"// Machine:    {Environment.ProcessorCount} cores, ", source);
        Assert.Contains(".NET ", source);
        Assert.Contains("// Sweep:      steps 2, repeat 1", source);
        Assert.Contains("picoseconds", source);
        var weights = WeightParts().Matches(source);
        Assert.Equal(2, weights.Count);
        foreach (Match weight in weights)
            Assert.True(ulong.Parse(weight.Groups[1].Value.Replace("_", "")) > 0, weight.Value);
        // Kusama's proof size for set is carried over.
        Assert.Equal("1_493", weights[0].Groups[2].Value);
        // Timestamp::set reads and writes Now and DidUpdate.
        Assert.Contains(".SaturatingAdd(Db.Reads(2))", source);
    }

    [Fact]
    public void A_swept_benchmark_becomes_a_method_taking_its_component_with_a_slope_per_item()
    {
        string source = RunToFile("benchmark", "pallet", "--pallet", "system", "--extrinsic", "set_storage", "--steps", "2", "--repeat", "1");

        Assert.Contains("public static Weight SetStorage(uint i) =>", source);
        Assert.Contains("/// <param name=\"i\">The number of items. Measured over [0, 1000].</param>", source);
        Assert.Matches(@"\.SaturatingAdd\(Weight\.FromParts\([1-9][0-9_]*, 0\)\.SaturatingMul\(i\)\)", source);
        Assert.Contains(".SaturatingAdd(Db.Writes(1).SaturatingMul(i))", source);
        Assert.DoesNotContain("Remark", source);
    }

    [Fact]
    public void Json_reports_each_component_value_and_the_fit()
    {
        var run = CliRun.Of("benchmark", "pallet", "--pallet", "Utility", "--extrinsic", "batch", "--steps", "2", "--repeat", "2", "--json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json;
        Assert.Equal(2, json.GetProperty("steps").GetInt32());
        Assert.Equal(Environment.ProcessorCount, json.GetProperty("machine").GetProperty("cores").GetInt32());
        var result = Assert.Single(json.GetProperty("results").EnumerateArray());
        Assert.Equal("batch", result.GetProperty("benchmark").GetString());
        Assert.Equal("c", result.GetProperty("component").GetProperty("name").GetString());
        var points = result.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal([0u, 1000u], points.Select(p => p.GetProperty("component").GetUInt32()));
        Assert.All(points, p => Assert.Equal(2, p.GetProperty("repeats").GetInt32()));
        Assert.All(points, p => Assert.True(p.GetProperty("minPs").GetUInt64() <= p.GetProperty("medianPs").GetUInt64()));
        Assert.True(result.GetProperty("refTimePerComponentPs").GetUInt64() > 0);
    }

    [Fact]
    public void The_table_prints_a_row_per_component_value_and_the_fitted_formula()
    {
        var run = CliRun.Of("benchmark", "pallet", "--pallet", "Balances", "--extrinsic", "upgrade_accounts", "--steps", "2", "--repeat", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("u=1 ", run.Output);
        Assert.Contains("u=1000 ", run.Output);
        Assert.Contains("reads 0 + 1·u, writes 0 + 1·u", run.Output);
    }

    [Fact]
    public void An_unknown_pallet_is_an_error_listing_the_valid_ones()
    {
        var run = CliRun.Of("benchmark", "pallet", "--pallet", "Staking");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown pallet 'Staking'", run.Error);
        Assert.Contains("System, Timestamp, Balances, Utility, TransactionPayment", run.Error);
    }

    [Fact]
    public void An_unknown_extrinsic_is_an_error_listing_the_pallets_benchmarks()
    {
        var run = CliRun.Of("benchmark", "pallet", "--pallet", "Balances", "--extrinsic", "transfer");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown extrinsic 'transfer'", run.Error);
        Assert.Contains("transfer_allow_death, transfer_keep_alive", run.Error);
    }

    [Theory]
    [InlineData("--steps", "1", "--steps must be at least 2")]
    [InlineData("--repeat", "0", "--repeat must be at least 1")]
    public void Sweep_sizes_too_small_are_errors(string option, string value, string message)
    {
        var run = CliRun.Of("benchmark", "pallet", "--pallet", "Timestamp", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public void Several_pallets_need_an_output_directory()
    {
        var run = CliRun.Of("benchmark", "pallet", "--pallet", "*", "--output", Path.Combine(Path.GetTempPath(), "kusama-bench-not-a-dir.cs"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("must be an existing directory", run.Error);
    }
}
