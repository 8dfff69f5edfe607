using Kusama.Runtime.Benchmarking;

namespace Kusama.Runtime.Tests.Benchmarking;

public class RuntimeBenchmarksTests
{
    public static TheoryData<string, string> AllBenchmarks()
    {
        var data = new TheoryData<string, string>();
        foreach (PalletBenchmarks pallet in RuntimeBenchmarks.All)
            foreach (Benchmark benchmark in pallet.Benchmarks)
                data.Add(pallet.Pallet, benchmark.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllBenchmarks))]
    public void Every_benchmark_call_succeeds_on_its_setup_at_both_ends_of_its_range(string palletName, string benchmarkName)
    {
        PalletBenchmarks pallet = RuntimeBenchmarks.Find(palletName)!;
        Benchmark benchmark = pallet.Find(benchmarkName)!;
        foreach (uint value in benchmark.Component?.Values(2) ?? [0])
        {
            (ulong picoseconds, _, _) = BenchmarkRunner.RunOnce(pallet, benchmark, value, track: true);
            Assert.True(picoseconds > 0);
        }
    }

    // Kusama's v1.7.1 weights (relay/kusama/src/weights/pallet_balances_native.rs, frame_system.rs) count these DB
    // accesses for the same benchmarks with the same whitelist: ours must agree.
    [Theory]
    [InlineData("Balances", "transfer_allow_death", 0u, 1u, 1u)]
    [InlineData("Balances", "transfer_keep_alive", 0u, 1u, 1u)]
    [InlineData("Balances", "force_set_balance_creating", 0u, 1u, 1u)]
    [InlineData("Balances", "force_set_balance_killing", 0u, 1u, 1u)]
    [InlineData("Balances", "force_transfer", 0u, 2u, 2u)]
    [InlineData("Balances", "transfer_all", 0u, 1u, 1u)]
    [InlineData("Balances", "force_unreserve", 0u, 1u, 1u)]
    [InlineData("Balances", "upgrade_accounts", 37u, 37u, 37u)]
    [InlineData("System", "set_storage", 25u, 0u, 25u)]
    [InlineData("System", "kill_storage", 25u, 0u, 25u)]
    [InlineData("System", "kill_prefix", 25u, 25u, 25u)]
    [InlineData("System", "remark", 100u, 0u, 0u)]
    public void Db_reads_and_writes_match_Kusamas_benchmarked_counts(string palletName, string benchmarkName, uint component, uint reads, uint writes)
    {
        PalletBenchmarks pallet = RuntimeBenchmarks.Find(palletName)!;
        (_, uint actualReads, uint actualWrites) = BenchmarkRunner.RunOnce(pallet, pallet.Find(benchmarkName)!, component, track: true);
        Assert.Equal((reads, writes), (actualReads, actualWrites));
    }

    [Fact]
    public void A_sweep_measures_every_value_repeat_times_and_fits_a_growing_cost()
    {
        PalletBenchmarks pallet = RuntimeBenchmarks.Find("pallet_utility")!;
        BenchmarkMeasurement measurement = BenchmarkRunner.Run(pallet, pallet.Find("batch")!, steps: 2, repeat: 2);
        Assert.Equal(4, measurement.Samples.Count);
        Assert.Equal([0u, 1000u], measurement.Points.Select(p => p.Component));
        // A thousand dispatches cost more than none, whatever the machine.
        Assert.True(measurement.RefTimePerComponent > 0);
        Assert.True(measurement.Points[1].MinPicoseconds > measurement.Points[0].MinPicoseconds);
    }

    [Theory]
    [InlineData("transfer_allow_death", "TransferAllowDeath")]
    [InlineData("force_set_balance_killing", "ForceSetBalanceKilling")]
    [InlineData("set_heap_pages", "SetHeapPages")]
    public void Weight_methods_are_the_benchmark_names_in_Pascal_case(string name, string method)
    {
        Assert.Equal(method, new Benchmark(name, null, (_, _) => throw new InvalidOperationException()).MethodName);
    }

    [Fact]
    public void Every_benchmarked_weight_method_exists_in_the_pallets_weights_class()
    {
        foreach (PalletBenchmarks pallet in RuntimeBenchmarks.All)
        {
            Type? weights = typeof(KusamaRuntime).Assembly.GetType($"{pallet.Namespace}.{pallet.WeightsClass}");
            Assert.NotNull(weights);
            foreach (Benchmark benchmark in pallet.Benchmarks)
            {
                var method = weights.GetMethod(benchmark.MethodName);
                Assert.True(method is not null, $"{pallet.WeightsClass}.{benchmark.MethodName} is missing");
                Assert.Equal(benchmark.Component is null ? 0 : 1, method.GetParameters().Length);
            }
        }
    }
}
