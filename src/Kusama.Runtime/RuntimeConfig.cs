using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime;

/// <summary>Every pallet's configuration: Kusama's values in <see cref="Kusama"/>, smaller ones in tests.</summary>
public sealed record RuntimeConfig(SystemConfig System, TransactionPaymentConfig TransactionPayment)
{
    /// <summary>Kusama's configuration.</summary>
    public static RuntimeConfig Kusama { get; } = new(SystemConfig.Kusama, TransactionPaymentConfig.Kusama);
}
