namespace Kusama.Frame.Metadata.Building;

// Types the runtime APIs take and return, shaped as in Kusama's V15 metadata (the V14 reference has no API section).
public sealed partial class TypeRegistry
{
    /// <summary><c>sp_core::OpaqueMetadata</c>: the metadata bytes as <c>Vec&lt;u8&gt;</c>.</summary>
    public uint OpaqueMetadata() => Composite(["sp_core", "OpaqueMetadata"], [], [Unnamed(Bytes(), "Vec<u8>")]);

    /// <summary><c>sp_runtime::ExtrinsicInclusionMode</c> (<c>Core_initialize_block</c>'s output): AllExtrinsics, OnlyInherents.</summary>
    public uint ExtrinsicInclusionMode() => Variant(["sp_runtime", "ExtrinsicInclusionMode"], [], UnitVariants("AllExtrinsics", "OnlyInherents"));

    /// <summary><c>sp_runtime::transaction_validity::TransactionValidityError</c>: Invalid(InvalidTransaction), Unknown(UnknownTransaction).</summary>
    public uint TransactionValidityError() => Variant(
        ["sp_runtime", "transaction_validity", "TransactionValidityError"],
        [],
        [
            VariantOf("Invalid", 0, Unnamed(InvalidTransaction(), "InvalidTransaction")),
            VariantOf("Unknown", 1, Unnamed(UnknownTransaction(), "UnknownTransaction")),
        ]);

    /// <summary><c>sp_runtime::transaction_validity::InvalidTransaction</c>.</summary>
    public uint InvalidTransaction()
    {
        var variants = UnitVariants(
            "Call", "Payment", "Future", "Stale", "BadProof", "AncientBirthBlock", "ExhaustsResources", "Custom",
            "BadMandatory", "MandatoryValidation", "BadSigner", "IndeterminateImplicit", "UnknownOrigin");
        variants[7] = VariantOf("Custom", 7, Unnamed(U8(), "u8"));
        return Variant(["sp_runtime", "transaction_validity", "InvalidTransaction"], [], variants);
    }

    /// <summary><c>sp_runtime::transaction_validity::UnknownTransaction</c>: CannotLookup, NoUnsignedValidator, Custom(u8).</summary>
    public uint UnknownTransaction() => Variant(
        ["sp_runtime", "transaction_validity", "UnknownTransaction"],
        [],
        [VariantOf("CannotLookup", 0), VariantOf("NoUnsignedValidator", 1), VariantOf("Custom", 2, Unnamed(U8(), "u8"))]);

    /// <summary><c>sp_runtime::transaction_validity::ValidTransaction</c>: priority, requires, provides, longevity, propagate.</summary>
    public uint ValidTransaction()
    {
        uint u64 = U64();
        uint tags = Sequence(Bytes());
        return Composite(
            ["sp_runtime", "transaction_validity", "ValidTransaction"],
            [],
            [
                Named("priority", u64, "TransactionPriority"),
                Named("requires", tags, "Vec<TransactionTag>"),
                Named("provides", tags, "Vec<TransactionTag>"),
                Named("longevity", u64, "TransactionLongevity"),
                Named("propagate", Bool(), "bool"),
            ]);
    }

    /// <summary><c>sp_runtime::transaction_validity::TransactionSource</c>: InBlock, Local, External.</summary>
    public uint TransactionSource() => Variant(["sp_runtime", "transaction_validity", "TransactionSource"], [], UnitVariants("InBlock", "Local", "External"));

    /// <summary><c>TransactionValidity</c> = <c>Result&lt;ValidTransaction, TransactionValidityError&gt;</c>.</summary>
    public uint TransactionValidity() => Result(ValidTransaction(), TransactionValidityError());

    /// <summary><c>ApplyExtrinsicResult</c> = <c>Result&lt;Result&lt;(), DispatchError&gt;, TransactionValidityError&gt;</c>.</summary>
    public uint ApplyExtrinsicResult() => Result(DispatchResult(), TransactionValidityError());

    /// <summary><c>sp_inherents::InherentData</c>: <c>data: BTreeMap&lt;[u8; 8], Vec&lt;u8&gt;&gt;</c>.</summary>
    public uint InherentData() => Composite(
        ["sp_inherents", "InherentData"],
        [],
        [Named("data", BTreeMap(ByteArray(8), Bytes()), "BTreeMap<InherentIdentifier, Vec<u8>>")]);

    /// <summary><c>sp_inherents::CheckInherentsResult</c>: okay, fatal_error, errors.</summary>
    public uint CheckInherentsResult()
    {
        uint @bool = Bool();
        return Composite(
            ["sp_inherents", "CheckInherentsResult"],
            [],
            [Named("okay", @bool, "bool"), Named("fatal_error", @bool, "bool"), Named("errors", InherentData(), "InherentData")]);
    }

    /// <summary><c>pallet_transaction_payment::types::RuntimeDispatchInfo&lt;u128, Weight&gt;</c> (<c>query_info</c>'s output).</summary>
    public uint RuntimeDispatchInfo()
    {
        uint balance = U128();
        uint weight = Weight();
        return Composite(
            ["pallet_transaction_payment", "types", "RuntimeDispatchInfo"],
            [Param("Balance", balance), Param("Weight", weight)],
            [Named("weight", weight, "Weight"), Named("class", DispatchClass(), "DispatchClass"), Named("partial_fee", balance, "Balance")]);
    }

    /// <summary><c>pallet_transaction_payment::types::FeeDetails&lt;u128&gt;</c> (<c>query_fee_details</c>'s output).</summary>
    public uint FeeDetails()
    {
        uint balance = U128();
        return Composite(
            ["pallet_transaction_payment", "types", "FeeDetails"],
            [Param("Balance", balance)],
            [Named("inclusion_fee", Option(InclusionFee()), "Option<InclusionFee<Balance>>"), Named("tip", balance, "Balance")]);
    }

    /// <summary><c>pallet_transaction_payment::types::InclusionFee&lt;u128&gt;</c>: base_fee, len_fee, adjusted_weight_fee.</summary>
    public uint InclusionFee()
    {
        uint balance = U128();
        return Composite(
            ["pallet_transaction_payment", "types", "InclusionFee"],
            [Param("Balance", balance)],
            [Named("base_fee", balance, "Balance"), Named("len_fee", balance, "Balance"), Named("adjusted_weight_fee", balance, "Balance")]);
    }
}
