using Kusama.Core;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' configuration: Kusama's values in <see cref="Kusama"/>, smaller ones in tests.</summary>
/// <param name="ExistentialDeposit">The minimum balance an account must keep to exist, in planck (Kusama: 1 CENT = 333,333,333).</param>
/// <param name="MaxLocks">The most legacy locks an account should have (not enforced; Kusama: 50).</param>
/// <param name="MaxReserves">The most named reserves an account may have (Kusama: 50).</param>
/// <param name="MaxFreezes">The most freezes an account may have (Kusama: 8).</param>
/// <param name="MaxHolds">The most holds an account may have: <c>VariantCountOf&lt;RuntimeHoldReason&gt;</c>.</param>
public sealed record BalancesConfig(Balance ExistentialDeposit, uint MaxLocks, uint MaxReserves, uint MaxFreezes, uint MaxHolds)
{
    /// <summary>Kusama's configuration (relay/kusama/src/lib.rs v1.7.1); dust is burned (<c>DustRemoval = ()</c>).</summary>
    public static BalancesConfig Kusama { get; } = new(
        ExistentialDeposit: KusamaConstants.Cents,
        MaxLocks: 50,
        MaxReserves: 50,
        MaxFreezes: 8,
        MaxHolds: RuntimeHoldReason.VariantCount);
}
