namespace Kusama.Runtime.Benchmarking;

/// <summary>The times measured at one component value: fastest and median of the repeats, in picoseconds.</summary>
public readonly record struct BenchmarkPoint(uint Component, ulong MinPicoseconds, ulong MedianPicoseconds, int Repeats);
