using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Runtime.Pallets.Utility;

namespace Kusama.Runtime;

/// <summary>Every pallet's configuration: Kusama's values in <see cref="Kusama"/>, smaller ones in tests.</summary>
public sealed record RuntimeConfig(SystemConfig System, TransactionPaymentConfig TransactionPayment)
{
    public TimestampConfig Timestamp { get; init; } = TimestampConfig.Kusama;

    public UtilityConfig Utility { get; init; } = UtilityConfig.Kusama;

    /// <summary>Kusama's configuration.</summary>
    public static RuntimeConfig Kusama { get; } = new(SystemConfig.Kusama, TransactionPaymentConfig.Kusama);

    /// <summary>pallet_balances' configuration (Kusama's unless a test sets another).</summary>
    public BalancesConfig Balances { get; init; } = BalancesConfig.Kusama;
}
