using Kusama.Node.Cli;
using Kusama.Runtime.Benchmarking;

namespace Kusama.Node.Benchmarking;

/// <summary>The benchmarks <c>--pallet</c> and <c>--extrinsic</c> pick: per pallet, the benchmarks to run.</summary>
public sealed record PalletBenchmarkSelection(IReadOnlyList<(PalletBenchmarks Pallet, IReadOnlyList<Benchmark> Benchmarks)> Pallets)
{
    /// <summary>Resolves <paramref name="pallet"/> and <paramref name="extrinsic"/> (names or <c>*</c>).</summary>
    /// <exception cref="CliException">A name matches nothing; the message lists the valid ones.</exception>
    public static PalletBenchmarkSelection Resolve(string pallet, string extrinsic)
    {
        ArgumentNullException.ThrowIfNull(pallet);
        ArgumentNullException.ThrowIfNull(extrinsic);
        IReadOnlyList<PalletBenchmarks> pallets;
        if (pallet == "*")
        {
            pallets = RuntimeBenchmarks.All;
        }
        else
        {
            PalletBenchmarks? found = RuntimeBenchmarks.Find(pallet);
            if (found is null)
            {
                var names = RuntimeBenchmarks.All.Select(p => p.Pallet);
                throw new CliException($"unknown pallet '{pallet}'; valid pallets: {string.Join(", ", names)} (or * for all)");
            }
            pallets = [found];
        }

        var selected = new List<(PalletBenchmarks, IReadOnlyList<Benchmark>)>(pallets.Count);
        foreach (PalletBenchmarks candidate in pallets)
        {
            if (extrinsic == "*")
            {
                selected.Add((candidate, candidate.Benchmarks));
                continue;
            }
            if (candidate.Find(extrinsic) is { } benchmark)
                selected.Add((candidate, [benchmark]));
        }

        if (selected.Count == 0)
        {
            var valid = pallets.SelectMany(p => p.Benchmarks.Select(b => pallets.Count == 1 ? b.Name : $"{p.Pallet}::{b.Name}"));
            throw new CliException($"unknown extrinsic '{extrinsic}' for pallet {pallet}; valid extrinsics: {string.Join(", ", valid)} (or * for all)");
        }
        return new PalletBenchmarkSelection(selected);
    }
}
