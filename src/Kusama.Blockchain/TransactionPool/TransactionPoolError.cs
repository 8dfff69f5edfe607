using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// Why the pool refused a transaction, already in the JSON-RPC error shape Substrate gives it (sc-rpc-api
/// <c>author/error.rs</c>): the code (author base 1000), the message and the optional <c>data</c> string.
/// </summary>
public sealed record TransactionPoolError(int Code, string Message, string? Data)
{
    /// <summary>sc-rpc-api VERIFICATION_ERROR: the runtime could not be called to validate.</summary>
    public const int VerificationErrorCode = 1002;

    /// <summary>POOL_INVALID_TX.</summary>
    public const int InvalidTransactionCode = 1010;

    /// <summary>POOL_UNKNOWN_VALIDITY.</summary>
    public const int UnknownValidityCode = 1011;

    /// <summary>POOL_TEMPORARILY_BANNED.</summary>
    public const int TemporarilyBannedCode = 1012;

    /// <summary>POOL_ALREADY_IMPORTED.</summary>
    public const int AlreadyImportedCode = 1013;

    /// <summary>POOL_TOO_LOW_PRIORITY.</summary>
    public const int TooLowPriorityCode = 1014;

    /// <summary>POOL_CYCLE_DETECTED.</summary>
    public const int CycleDetectedCode = 1015;

    /// <summary>POOL_IMMEDIATELY_DROPPED.</summary>
    public const int ImmediatelyDroppedCode = 1016;

    /// <summary>POOL_NO_TAGS.</summary>
    public const int NoTagsProvidedCode = 1019;

    /// <summary>The validity error when the runtime answered Invalid (the pool bans the transaction).</summary>
    public InvalidTransaction? InvalidReason { get; init; }

    /// <summary>1010 with sp-runtime's reason text as data (<c>"Custom error: N"</c> for a custom code).</summary>
    public static TransactionPoolError Invalid(InvalidTransaction reason) => new(
        InvalidTransactionCode,
        "Invalid Transaction",
        reason.Kind == InvalidTransactionKind.Custom ? $"Custom error: {reason.CustomCode}" : ReasonText(reason.Kind))
    { InvalidReason = reason };

    /// <summary>1011 with the Rust Debug form of the reason as data (<c>CannotLookup</c>, <c>Custom(3)</c>).</summary>
    public static TransactionPoolError Unknown(UnknownTransaction reason) =>
        new(UnknownValidityCode, "Unknown Transaction Validity", reason.ToString());

    /// <summary>Either of <see cref="Invalid"/> or <see cref="Unknown"/>.</summary>
    public static TransactionPoolError FromValidity(TransactionValidityError error) =>
        error.IsInvalid ? Invalid(error.InvalidError) : Unknown(error.UnknownError);

    public static TransactionPoolError TemporarilyBanned { get; } = new(TemporarilyBannedCode, "Transaction is temporarily banned", null);

    /// <summary>
    /// 1013. Substrate's data is the Debug form of a boxed <c>dyn Any</c>, which Rust prints as <c>Any { .. }</c>
    /// whatever the hash; clients see exactly that.
    /// </summary>
    public static TransactionPoolError AlreadyImported { get; } = new(AlreadyImportedCode, "Transaction Already Imported", "Any { .. }");

    /// <summary>1014: the summed priority of the transactions providing the same tags is not below the new one's.</summary>
    public static TransactionPoolError TooLowPriority(ulong old, ulong @new) => new(
        TooLowPriorityCode,
        $"Priority is too low: ({old} vs {@new})",
        "The transaction has too low priority to replace another transaction already in the pool.");

    public static TransactionPoolError CycleDetected { get; } = new(CycleDetectedCode, "Cycle Detected", null);

    public static TransactionPoolError ImmediatelyDropped { get; } =
        new(ImmediatelyDroppedCode, "Immediately Dropped", "The transaction couldn't enter the pool because of the limit");

    public static TransactionPoolError NoTagsProvided { get; } =
        new(NoTagsProvidedCode, "No tags provided", "Transaction does not provide any tags, so the pool can't identify it");

    /// <summary>1002: validation itself failed (the runtime call threw).</summary>
    public static TransactionPoolError Verification(string reason) => new(VerificationErrorCode, $"Verification Error: {reason}", reason);

    /// <summary>sp-runtime's <c>From&lt;InvalidTransaction&gt; for &amp;'static str</c>.</summary>
    public static string ReasonText(InvalidTransactionKind kind) => kind switch
    {
        InvalidTransactionKind.Call => "Transaction call is not expected",
        InvalidTransactionKind.Payment => "Inability to pay some fees (e.g. account balance too low)",
        InvalidTransactionKind.Future => "Transaction will be valid in the future",
        InvalidTransactionKind.Stale => "Transaction is outdated",
        InvalidTransactionKind.BadProof => "Transaction has a bad signature",
        InvalidTransactionKind.AncientBirthBlock => "Transaction has an ancient birth block",
        InvalidTransactionKind.ExhaustsResources => "Transaction would exhaust the block limits",
        InvalidTransactionKind.Custom => "InvalidTransaction custom error",
        InvalidTransactionKind.BadMandatory => "A call was labelled as mandatory, but resulted in an Error.",
        InvalidTransactionKind.MandatoryValidation => "Transaction dispatch is mandatory; transactions must not be validated.",
        InvalidTransactionKind.BadSigner => "Invalid signing address",
        InvalidTransactionKind.IndeterminateImplicit => "The implicit data was unable to be calculated",
        InvalidTransactionKind.UnknownOrigin => "The transaction extension did not authorize any origin",
        _ => kind.ToString(),
    };

    public override string ToString() => Data is null ? $"{Code}: {Message}" : $"{Code}: {Message}: {Data}";
}
