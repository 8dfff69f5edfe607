using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime;

/// <summary>Every pallet's configuration: Kusama's values in <see cref="Kusama"/>, smaller ones in tests.</summary>
public sealed record RuntimeConfig(SystemConfig System)
{
    /// <summary>Kusama's configuration.</summary>
    public static RuntimeConfig Kusama { get; } = new(SystemConfig.Kusama);

    /// <summary>pallet_balances' configuration (Kusama's unless a test sets another).</summary>
    public BalancesConfig Balances { get; init; } = BalancesConfig.Kusama;
}
