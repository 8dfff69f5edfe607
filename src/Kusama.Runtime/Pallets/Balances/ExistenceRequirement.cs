namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>ExistenceRequirement</c> for <c>Currency</c> transfers and withdrawals.</summary>
public enum ExistenceRequirement
{
    /// <summary>Operation must not result in the account going out of existence.</summary>
    KeepAlive,
    /// <summary>Operation may result in account going out of existence.</summary>
    AllowDeath,
}
