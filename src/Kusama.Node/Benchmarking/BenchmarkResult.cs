namespace Kusama.Node.Benchmarking;

/// <summary>One row of <c>kusama benchmark crypto</c>: a rate on one core and on all cores.</summary>
/// <param name="Name">Stable machine name, e.g. <c>sr25519-verify</c>.</param>
/// <param name="Unit"><c>ops/s</c>, <c>MB/s</c> (10^6 bytes) or <c>ns/op</c>.</param>
/// <param name="OneCore">The value on one thread.</param>
/// <param name="AllCores">The value with one thread per core, or null where a sum means nothing (latencies).</param>
public sealed record BenchmarkResult(string Name, string Unit, double OneCore, double? AllCores);
