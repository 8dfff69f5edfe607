using Kusama.Runtime.Benchmarking;

namespace Kusama.Runtime.Tests.Benchmarking;

public class BenchmarkAnalysisTests
{
    private static readonly Benchmark Swept = new("swept", new BenchmarkComponent("c", 0, 10, "calls"), (_, _) => throw new InvalidOperationException());

    private static readonly Benchmark Fixed = new("fixed", null, (_, _) => throw new InvalidOperationException());

    [Fact]
    public void Least_squares_recovers_an_exact_line()
    {
        LinearFit fit = LinearFit.Of([0, 1, 2, 3], [5, 8, 11, 14]);
        Assert.Equal(5, fit.Intercept, 9);
        Assert.Equal(3, fit.Slope, 9);
    }

    [Fact]
    public void Least_squares_over_one_x_is_the_mean_with_no_slope()
    {
        Assert.Equal(new LinearFit(20, 0), LinearFit.Of([4, 4, 4], [10, 20, 30]));
    }

    [Fact]
    public void Points_report_the_fastest_and_the_lower_median_run_per_component_value()
    {
        BenchmarkMeasurement measurement = BenchmarkMeasurement.From("P", Swept,
            [new(0, 30), new(0, 10), new(0, 20), new(10, 120), new(10, 110)],
            [new(0, 1, 2), new(10, 11, 2)]);

        Assert.Equal([new BenchmarkPoint(0, 10, 20, 3), new BenchmarkPoint(10, 110, 110, 2)], measurement.Points);
        // Line through the medians (0, 20) and (10, 110).
        Assert.Equal(20ul, measurement.BaseRefTime);
        Assert.Equal(9ul, measurement.RefTimePerComponent);
        Assert.Equal((1ul, 1ul), (measurement.BaseReads, measurement.ReadsPerComponent));
        Assert.Equal((2ul, 0ul), (measurement.BaseWrites, measurement.WritesPerComponent));
    }

    [Fact]
    public void A_negative_intercept_is_clamped_to_zero()
    {
        BenchmarkMeasurement measurement = BenchmarkMeasurement.From("P", Swept, [new(1, 10), new(10, 1000)], [new(1, 0, 0), new(10, 0, 0)]);
        Assert.Equal(0ul, measurement.BaseRefTime);
        Assert.Equal(110ul, measurement.RefTimePerComponent);
    }

    [Fact]
    public void A_benchmark_without_a_component_has_only_a_base()
    {
        BenchmarkMeasurement measurement = BenchmarkMeasurement.From("P", Fixed, [new(0, 500), new(0, 700), new(0, 600)], [new(0, 3, 1)]);
        Assert.Equal(600ul, measurement.BaseRefTime);
        Assert.Equal(0ul, measurement.RefTimePerComponent);
        Assert.Equal((3ul, 1ul), (measurement.BaseReads, measurement.BaseWrites));
    }
}
