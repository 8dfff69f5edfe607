using System.Globalization;
using System.Text;
using System.Text.Json;
using Kusama.Node.Cli;
using Kusama.Runtime.Benchmarking;

namespace Kusama.Node.Benchmarking;

/// <summary>
/// <c>kusama benchmark pallet</c>: runs the selected runtime benchmarks in-process and prints a table, JSON, or writes the
/// weights file(s) with a provenance header.
/// </summary>
public sealed class PalletBenchmark(TextWriter output, PalletBenchmarkSelection selection, PalletBenchmarkProvenance provenance)
{
    /// <summary>Runs every selected benchmark; <paramref name="progress"/> hears each as it completes.</summary>
    public IReadOnlyList<(PalletBenchmarks Pallet, IReadOnlyList<BenchmarkMeasurement> Measurements)> Run(Action<BenchmarkMeasurement>? progress = null)
    {
        var results = new List<(PalletBenchmarks, IReadOnlyList<BenchmarkMeasurement>)>(selection.Pallets.Count);
        foreach ((PalletBenchmarks pallet, IReadOnlyList<Benchmark> benchmarks) in selection.Pallets)
        {
            var measurements = new List<BenchmarkMeasurement>(benchmarks.Count);
            foreach (Benchmark benchmark in benchmarks)
            {
                BenchmarkMeasurement measurement = BenchmarkRunner.Run(pallet, benchmark, provenance.Steps, provenance.Repeat);
                measurements.Add(measurement);
                progress?.Invoke(measurement);
            }
            results.Add((pallet, measurements));
        }
        return results;
    }

    /// <summary>Runs and prints one table row per component value plus the fitted formula per benchmark.</summary>
    public void RunTable()
    {
        output.WriteLine(Invariant($"Pallet benchmarks: steps {provenance.Steps}, repeat {provenance.Repeat}; native time in ns (Stopwatch), DB = distinct keys read/written"));
        output.WriteLine($"{"pallet",-18} {"benchmark",-28} {"component",-12} {"min ns",14} {"median ns",14} {"reads",6} {"writes",6}");
        Run(measurement =>
        {
            for (int i = 0; i < measurement.Points.Count; i++)
            {
                BenchmarkPoint point = measurement.Points[i];
                BenchmarkDbCount count = measurement.Counts[i];
                string component = measurement.Benchmark.Component is { } c ? Invariant($"{c.Name}={point.Component}") : "-";
                output.WriteLine(Invariant($"{measurement.Pallet,-18} {measurement.Benchmark.Name,-28} {component,-12} {Ns(point.MinPicoseconds),14} {Ns(point.MedianPicoseconds),14} {count.Reads,6} {count.Writes,6}"));
            }
            output.WriteLine($"{string.Empty,-18} {string.Empty,-28} => {Formula(measurement)}");
        });
    }

    /// <summary>Runs and prints every result and fit as JSON.</summary>
    public void RunJson()
    {
        var results = Run();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("steps", provenance.Steps);
            writer.WriteNumber("repeat", provenance.Repeat);
            writer.WriteString("date", provenance.Date.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteStartObject("machine");
            writer.WriteNumber("cores", provenance.Cores);
            writer.WriteString("cpu", provenance.Cpu);
            writer.WriteString("os", provenance.OperatingSystem);
            writer.WriteString("runtime", provenance.Runtime);
            writer.WriteString("build", provenance.Build);
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach ((_, IReadOnlyList<BenchmarkMeasurement> measurements) in results)
                foreach (BenchmarkMeasurement measurement in measurements)
                    WriteJson(writer, measurement);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>
    /// Runs and writes each pallet's weights file: to <paramref name="path"/> itself for one pallet, or as
    /// <c>XWeights.cs</c> inside <paramref name="path"/> when it is a directory.
    /// </summary>
    public void RunToFiles(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        bool directory = Directory.Exists(path);
        if (!directory && selection.Pallets.Count > 1)
            throw new CliException($"--output '{path}' must be an existing directory when benchmarking more than one pallet");
        if (!directory && Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent && !Directory.Exists(parent))
            throw new CliException($"--output directory '{parent}' does not exist");

        foreach ((PalletBenchmarks pallet, IReadOnlyList<BenchmarkMeasurement> measurements) in Run())
        {
            string file = directory ? Path.Combine(path, pallet.WeightsClass + ".cs") : path;
            File.WriteAllText(file, PalletBenchmarkWeightsFile.Write(pallet, measurements, provenance));
            output.WriteLine(Invariant($"{pallet.Pallet}: {measurements.Count} benchmark{(measurements.Count == 1 ? "" : "s")} written to {file}"));
        }
    }

    private static void WriteJson(Utf8JsonWriter writer, BenchmarkMeasurement measurement)
    {
        writer.WriteStartObject();
        writer.WriteString("pallet", measurement.Pallet);
        writer.WriteString("benchmark", measurement.Benchmark.Name);
        if (measurement.Benchmark.Component is { } component)
        {
            writer.WriteStartObject("component");
            writer.WriteString("name", component.Name);
            writer.WriteNumber("min", component.Min);
            writer.WriteNumber("max", component.Max);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("component");
        }
        writer.WriteNumber("baseRefTimePs", measurement.BaseRefTime);
        writer.WriteNumber("refTimePerComponentPs", measurement.RefTimePerComponent);
        writer.WriteNumber("reads", measurement.BaseReads);
        writer.WriteNumber("readsPerComponent", measurement.ReadsPerComponent);
        writer.WriteNumber("writes", measurement.BaseWrites);
        writer.WriteNumber("writesPerComponent", measurement.WritesPerComponent);
        writer.WriteStartArray("points");
        for (int i = 0; i < measurement.Points.Count; i++)
        {
            BenchmarkPoint point = measurement.Points[i];
            writer.WriteStartObject();
            writer.WriteNumber("component", point.Component);
            writer.WriteNumber("minPs", point.MinPicoseconds);
            writer.WriteNumber("medianPs", point.MedianPicoseconds);
            writer.WriteNumber("repeats", point.Repeats);
            writer.WriteNumber("reads", measurement.Counts[i].Reads);
            writer.WriteNumber("writes", measurement.Counts[i].Writes);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Formula(BenchmarkMeasurement m)
    {
        if (m.Benchmark.Component is not { } c)
            return Invariant($"{Ns(m.BaseRefTime)} ns, reads {m.BaseReads}, writes {m.BaseWrites}");
        return Invariant($"{Ns(m.BaseRefTime)} ns + {Ns(m.RefTimePerComponent)} ns·{c.Name}, reads {m.BaseReads} + {m.ReadsPerComponent}·{c.Name}, writes {m.BaseWrites} + {m.WritesPerComponent}·{c.Name}");
    }

    private static string Ns(ulong picoseconds) => (picoseconds / 1000.0).ToString(picoseconds >= 100_000 ? "#,0" : "0.###", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
