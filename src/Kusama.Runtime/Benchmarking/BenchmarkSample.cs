namespace Kusama.Runtime.Benchmarking;

/// <summary>One measured run: the component's value and the call's native time in picoseconds.</summary>
public readonly record struct BenchmarkSample(uint Component, ulong Picoseconds);
