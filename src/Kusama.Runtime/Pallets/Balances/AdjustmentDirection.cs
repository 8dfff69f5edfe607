namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' <c>AdjustmentDirection</c> for <c>force_adjust_total_issuance</c>; values are the wire indices.</summary>
public enum AdjustmentDirection : byte
{
    /// <summary>Increase the amount.</summary>
    Increase = 0,
    /// <summary>Decrease the amount.</summary>
    Decrease = 1,
}
