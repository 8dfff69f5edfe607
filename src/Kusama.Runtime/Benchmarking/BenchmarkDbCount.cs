namespace Kusama.Runtime.Benchmarking;

/// <summary>The distinct storage keys one run read and wrote at a component value (the counting run, not timed).</summary>
public readonly record struct BenchmarkDbCount(uint Component, uint Reads, uint Writes);
