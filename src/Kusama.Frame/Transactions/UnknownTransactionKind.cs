namespace Kusama.Frame.Transactions;

/// <summary>The variants of sp-runtime <c>UnknownTransaction</c>; the values are the wire indices (never reorder).</summary>
public enum UnknownTransactionKind : byte
{
    /// <summary>Information needed to validate the transaction could not be looked up.</summary>
    CannotLookup = 0,

    /// <summary>No pallet validates this unsigned transaction.</summary>
    NoUnsignedValidator = 1,

    /// <summary>A runtime-specific reason carried as a u8.</summary>
    Custom = 2,
}
