namespace Kusama.Runtime.Benchmarking;

/// <summary>
/// Builds a benchmark's worst-case state for component value <paramref name="component"/> (0 without a component) in
/// <paramref name="runtime"/>, and returns the call to measure; the state is then moved into the backend, as FRAME
/// commits the setup to the database before timing.
/// </summary>
public delegate BenchmarkCall BenchmarkSetup(KusamaRuntime runtime, uint component);
