namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' <c>Reasons</c>: which withdrawals a lock blocks; values are the wire indices (never reorder).</summary>
public enum Reasons : byte
{
    /// <summary>Paying system transaction fees.</summary>
    Fee = 0,
    /// <summary>Any reason other than paying system transaction fees.</summary>
    Misc = 1,
    /// <summary>Any reason at all.</summary>
    All = 2,
}
