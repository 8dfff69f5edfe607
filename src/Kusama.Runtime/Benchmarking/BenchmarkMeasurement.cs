namespace Kusama.Runtime.Benchmarking;

/// <summary>
/// A benchmark's results and their analysis: min and median per component value, and the weight formula — ref_time base
/// and slope fitted by least squares over the per-value medians (medians, so one GC pause does not tilt the line), DB
/// reads and writes fitted over the counting runs and rounded to whole keys. Negative fits are clamped to 0, as FRAME does.
/// </summary>
public sealed class BenchmarkMeasurement
{
    private BenchmarkMeasurement(string pallet, Benchmark benchmark, BenchmarkPoint[] points, BenchmarkDbCount[] counts, IReadOnlyList<BenchmarkSample> samples)
    {
        Pallet = pallet;
        Benchmark = benchmark;
        Points = points;
        Counts = counts;
        Samples = samples;

        var x = new double[points.Length];
        var y = new double[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            x[i] = points[i].Component;
            y[i] = points[i].MedianPicoseconds;
        }
        LinearFit time = LinearFit.Of(x, y);
        BaseRefTime = Clamp(time.Intercept);
        RefTimePerComponent = benchmark.Component is null ? 0 : Clamp(time.Slope);

        var cx = new double[counts.Length];
        var reads = new double[counts.Length];
        var writes = new double[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            cx[i] = counts[i].Component;
            reads[i] = counts[i].Reads;
            writes[i] = counts[i].Writes;
        }
        LinearFit readFit = LinearFit.Of(cx, reads), writeFit = LinearFit.Of(cx, writes);
        BaseReads = Clamp(readFit.Intercept);
        ReadsPerComponent = benchmark.Component is null ? 0 : Clamp(readFit.Slope);
        BaseWrites = Clamp(writeFit.Intercept);
        WritesPerComponent = benchmark.Component is null ? 0 : Clamp(writeFit.Slope);
    }

    public string Pallet { get; }

    public Benchmark Benchmark { get; }

    /// <summary>Min and median per component value, in sweep order.</summary>
    public IReadOnlyList<BenchmarkPoint> Points { get; }

    /// <summary>The DB counting run per component value.</summary>
    public IReadOnlyList<BenchmarkDbCount> Counts { get; }

    /// <summary>Every timed run.</summary>
    public IReadOnlyList<BenchmarkSample> Samples { get; }

    /// <summary>ref_time base: our native time in picoseconds at component 0.</summary>
    public ulong BaseRefTime { get; }

    /// <summary>ref_time per component unit, picoseconds.</summary>
    public ulong RefTimePerComponent { get; }

    public ulong BaseReads { get; }

    public ulong ReadsPerComponent { get; }

    public ulong BaseWrites { get; }

    public ulong WritesPerComponent { get; }

    /// <summary>Summarizes <paramref name="samples"/> per component value and fits the weight formula.</summary>
    public static BenchmarkMeasurement From(string pallet, Benchmark benchmark, IReadOnlyList<BenchmarkSample> samples, IReadOnlyList<BenchmarkDbCount> counts)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(counts);
        if (samples.Count == 0) throw new ArgumentException("A benchmark needs at least one sample.", nameof(samples));

        var byComponent = new SortedDictionary<uint, List<ulong>>();
        foreach (BenchmarkSample sample in samples)
        {
            if (!byComponent.TryGetValue(sample.Component, out List<ulong>? times)) byComponent[sample.Component] = times = [];
            times.Add(sample.Picoseconds);
        }
        var points = new BenchmarkPoint[byComponent.Count];
        int at = 0;
        foreach ((uint component, List<ulong> times) in byComponent)
        {
            times.Sort();
            // The median of an even count is the lower middle: a measured time, not an average of two.
            points[at++] = new BenchmarkPoint(component, times[0], times[(times.Count - 1) / 2], times.Count);
        }
        return new BenchmarkMeasurement(pallet, benchmark, points, [.. counts], samples);
    }

    private static ulong Clamp(double value) => value <= 0 || double.IsNaN(value) ? 0 : (ulong)Math.Round(value);
}
