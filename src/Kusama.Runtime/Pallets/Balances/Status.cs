namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>BalanceStatus</c> (metadata <c>Status</c>): where repatriated funds land; values are the wire indices.</summary>
public enum Status : byte
{
    /// <summary>Funds are free, as corresponding to <c>free</c> item in Balances.</summary>
    Free = 0,
    /// <summary>Funds are reserved, as corresponding to <c>reserved</c> item in Balances.</summary>
    Reserved = 1,
}
