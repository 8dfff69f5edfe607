namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>WithdrawReasons</c> bit flags: why funds leave an account (locks are set for a set of them).</summary>
[Flags]
public enum WithdrawReasons : byte
{
    /// <summary>No reason (a lock for no reason is removed).</summary>
    None = 0,
    /// <summary>In order to pay for (system) transaction costs.</summary>
    TransactionPayment = 1,
    /// <summary>In order to transfer ownership.</summary>
    Transfer = 2,
    /// <summary>In order to reserve some funds for a later return or repatriation.</summary>
    Reserve = 4,
    /// <summary>In order to pay some other (higher-level) fees.</summary>
    Fee = 8,
    /// <summary>In order to tip a validator for transaction inclusion.</summary>
    Tip = 16,
    /// <summary>Every reason.</summary>
    All = TransactionPayment | Transfer | Reserve | Fee | Tip,
}
