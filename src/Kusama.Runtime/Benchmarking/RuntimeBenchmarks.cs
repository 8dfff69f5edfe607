namespace Kusama.Runtime.Benchmarking;

/// <summary>Every pallet this runtime benchmarks (<c>define_benchmarks!</c>), in <c>construct_runtime!</c> order.</summary>
public static class RuntimeBenchmarks
{
    public static IReadOnlyList<PalletBenchmarks> All { get; } =
    [
        SystemBenchmarks.Pallet,
        TimestampBenchmarks.Pallet,
        BalancesBenchmarks.Pallet,
        UtilityBenchmarks.Pallet,
        TransactionPaymentBenchmarks.Pallet,
    ];

    /// <summary>The pallet named <paramref name="name"/> (its runtime name or FRAME crate name, case-insensitive), or null.</summary>
    public static PalletBenchmarks? Find(string name)
    {
        foreach (PalletBenchmarks pallet in All)
            if (string.Equals(pallet.Pallet, name, StringComparison.OrdinalIgnoreCase) || string.Equals(pallet.Crate, name, StringComparison.OrdinalIgnoreCase))
                return pallet;
        return null;
    }
}
