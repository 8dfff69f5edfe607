namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>tokens::DepositConsequence</c>: what a deposit would do.</summary>
public enum DepositConsequence
{
    /// <summary>The deposit would leave the account below the minimum balance.</summary>
    BelowMinimum,
    /// <summary>The account cannot be created.</summary>
    CannotCreate,
    /// <summary>The asset is unknown.</summary>
    UnknownAsset,
    /// <summary>A balance or the total issuance would overflow.</summary>
    Overflow,
    /// <summary>The deposit is fine.</summary>
    Success,
    /// <summary>The account cannot receive the asset.</summary>
    Blocked,
}
