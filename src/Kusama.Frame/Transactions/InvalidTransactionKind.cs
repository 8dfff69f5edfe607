namespace Kusama.Frame.Transactions;

/// <summary>The variants of sp-runtime <c>InvalidTransaction</c>; the values are the wire indices (never reorder).</summary>
public enum InvalidTransactionKind : byte
{
    /// <summary>The call of the transaction is not expected.</summary>
    Call = 0,

    /// <summary>The fees cannot be paid (e.g. the balance is too low).</summary>
    Payment = 1,

    /// <summary>Not valid yet (e.g. the nonce is too high).</summary>
    Future = 2,

    /// <summary>Outdated (e.g. the nonce is too low).</summary>
    Stale = 3,

    /// <summary>A bad proof, usually the signature (also: different implicit data on the signing and verifying side).</summary>
    BadProof = 4,

    /// <summary>The era's birth block is older than the block hashes the chain keeps.</summary>
    AncientBirthBlock = 5,

    /// <summary>The transaction would exhaust the current block's resources.</summary>
    ExhaustsResources = 6,

    /// <summary>A runtime-specific reason carried as a u8.</summary>
    Custom = 7,

    /// <summary>A mandatory (inherent) dispatch failed; the block is invalid.</summary>
    BadMandatory = 8,

    /// <summary>A mandatory dispatch was submitted for validation.</summary>
    MandatoryValidation = 9,

    /// <summary>The sending address is disabled or known to be invalid.</summary>
    BadSigner = 10,

    /// <summary>The implicit data could not be calculated.</summary>
    IndeterminateImplicit = 11,

    /// <summary>The transaction extensions authorized no origin.</summary>
    UnknownOrigin = 12,
}
