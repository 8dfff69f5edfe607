namespace Kusama.Runtime.Benchmarking;

/// <summary>A pallet's benchmarks and where their weights file goes.</summary>
/// <param name="Pallet">The pallet's name in <c>construct_runtime!</c> (<c>Balances</c>).</param>
/// <param name="Crate">FRAME's crate name (<c>pallet_balances</c>), for the weights file's documentation.</param>
/// <param name="WeightsClass">The generated static class (<c>BalancesWeights</c>).</param>
/// <param name="Namespace">The generated class's namespace (the pallet's folder).</param>
/// <param name="Benchmarks">Every benchmark, in FRAME's order.</param>
public sealed record PalletBenchmarks(string Pallet, string Crate, string WeightsClass, string Namespace, IReadOnlyList<Benchmark> Benchmarks)
{
    /// <summary>The benchmark named <paramref name="name"/> (FRAME's snake-case name, case-insensitive), or null.</summary>
    public Benchmark? Find(string name)
    {
        foreach (Benchmark benchmark in Benchmarks)
            if (string.Equals(benchmark.Name, name, StringComparison.OrdinalIgnoreCase)) return benchmark;
        return null;
    }
}
