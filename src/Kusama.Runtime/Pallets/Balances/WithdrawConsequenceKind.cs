namespace Kusama.Runtime.Pallets.Balances;

/// <summary>The variants of frame_support's <c>tokens::WithdrawConsequence</c>.</summary>
public enum WithdrawConsequenceKind
{
    /// <summary>Withdraw could not happen since the amount to be withdrawn is less than the total funds in the account.</summary>
    BalanceLow,
    /// <summary>The withdraw would mean the account dying when it needs to exist (usually because it is a provider and there are consumer references on it).</summary>
    WouldDie,
    /// <summary>The asset is unknown.</summary>
    UnknownAsset,
    /// <summary>There has been an underflow in the system.</summary>
    Underflow,
    /// <summary>There has been an overflow in the system.</summary>
    Overflow,
    /// <summary>Not enough of the funds in the account are available for withdrawal.</summary>
    Frozen,
    /// <summary>Account balance would reduce to zero, potentially destroying it; the remainder is what would be lost.</summary>
    ReducedToZero,
    /// <summary>Account continued in existence.</summary>
    Success,
}
