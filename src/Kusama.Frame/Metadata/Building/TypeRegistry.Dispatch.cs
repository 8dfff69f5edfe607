namespace Kusama.Frame.Metadata.Building;

// frame_support::dispatch and sp_runtime's dispatch errors, shaped as in Kusama's metadata (spec 1_003_000).
public sealed partial class TypeRegistry
{
    /// <summary><c>sp_runtime::DispatchError</c> (variants 0..13, <c>RootNotAllowed</c> last).</summary>
    public uint DispatchError() => Variant(
        ["sp_runtime", "DispatchError"],
        [],
        [
            VariantOf("Other", 0),
            VariantOf("CannotLookup", 1),
            VariantOf("BadOrigin", 2),
            VariantOf("Module", 3, Unnamed(ModuleError(), "ModuleError")),
            VariantOf("ConsumerRemaining", 4),
            VariantOf("NoProviders", 5),
            VariantOf("TooManyConsumers", 6),
            VariantOf("Token", 7, Unnamed(TokenError(), "TokenError")),
            VariantOf("Arithmetic", 8, Unnamed(ArithmeticError(), "ArithmeticError")),
            VariantOf("Transactional", 9, Unnamed(TransactionalError(), "TransactionalError")),
            VariantOf("Exhausted", 10),
            VariantOf("Corruption", 11),
            VariantOf("Unavailable", 12),
            VariantOf("RootNotAllowed", 13),
        ]);

    /// <summary><c>sp_runtime::ModuleError</c>: pallet index and the 4-byte encoded pallet error.</summary>
    public uint ModuleError() => Composite(
        ["sp_runtime", "ModuleError"],
        [],
        [Named("index", U8(), "u8"), Named("error", ByteArray(4), "[u8; MAX_MODULE_ERROR_ENCODED_SIZE]")]);

    /// <summary><c>sp_runtime::TokenError</c>.</summary>
    public uint TokenError() => Variant(
        ["sp_runtime", "TokenError"],
        [],
        UnitVariants(
            "FundsUnavailable", "OnlyProvider", "BelowMinimum", "CannotCreate", "UnknownAsset",
            "Frozen", "Unsupported", "CannotCreateHold", "NotExpendable", "Blocked"));

    /// <summary><c>sp_runtime::TransactionalError</c>.</summary>
    public uint TransactionalError() => Variant(["sp_runtime", "TransactionalError"], [], UnitVariants("LimitReached", "NoLayer"));

    /// <summary><c>Result&lt;(), DispatchError&gt;</c>.</summary>
    public uint DispatchResult() => Result(Unit(), DispatchError());

    /// <summary><c>frame_support::dispatch::DispatchClass</c>: Normal, Operational, Mandatory.</summary>
    public uint DispatchClass() => Variant(["frame_support", "dispatch", "DispatchClass"], [], UnitVariants("Normal", "Operational", "Mandatory"));

    /// <summary><c>frame_support::dispatch::Pays</c>: Yes, No.</summary>
    public uint Pays() => Variant(["frame_support", "dispatch", "Pays"], [], UnitVariants("Yes", "No"));

    /// <summary><c>frame_support::dispatch::DispatchInfo</c>: weight, class, pays_fee.</summary>
    public uint DispatchInfo() => Composite(
        ["frame_support", "dispatch", "DispatchInfo"],
        [],
        [Named("weight", Weight(), "Weight"), Named("class", DispatchClass(), "DispatchClass"), Named("pays_fee", Pays(), "Pays")]);

    /// <summary><c>frame_support::dispatch::PostDispatchInfo</c>: actual_weight, pays_fee.</summary>
    public uint PostDispatchInfo() => Composite(
        ["frame_support", "dispatch", "PostDispatchInfo"],
        [],
        [Named("actual_weight", Option(Weight()), "Option<Weight>"), Named("pays_fee", Pays(), "Pays")]);

    /// <summary><c>sp_runtime::DispatchErrorWithPostInfo&lt;PostDispatchInfo&gt;</c>.</summary>
    public uint DispatchErrorWithPostInfo()
    {
        uint info = PostDispatchInfo();
        return Composite(
            ["sp_runtime", "DispatchErrorWithPostInfo"],
            [Param("Info", info)],
            [Named("post_info", info, "Info"), Named("error", DispatchError(), "DispatchError")]);
    }

    /// <summary><c>DispatchResultWithPostInfo</c> = <c>Result&lt;PostDispatchInfo, DispatchErrorWithPostInfo&gt;</c>.</summary>
    public uint DispatchResultWithPostInfo() => Result(PostDispatchInfo(), DispatchErrorWithPostInfo());

    /// <summary><c>frame_support::dispatch::PerDispatchClass&lt;T&gt;</c>: normal, operational, mandatory.</summary>
    public uint PerDispatchClass(uint of) => Composite(
        ["frame_support", "dispatch", "PerDispatchClass"],
        [Param("T", of)],
        [Named("normal", of, "T"), Named("operational", of, "T"), Named("mandatory", of, "T")]);

    /// <summary><c>frame_support::dispatch::RawOrigin&lt;AccountId&gt;</c>: Root, Signed(AccountId), None.</summary>
    public uint RawOrigin(uint accountId) => Variant(
        ["frame_support", "dispatch", "RawOrigin"],
        [Param("AccountId", accountId)],
        [VariantOf("Root", 0), VariantOf("Signed", 1, Unnamed(accountId, "AccountId")), VariantOf("None", 2)]);

    /// <summary><c>frame_support::traits::tokens::misc::BalanceStatus</c>: Free, Reserved.</summary>
    public uint BalanceStatus() => Variant(["frame_support", "traits", "tokens", "misc", "BalanceStatus"], [], UnitVariants("Free", "Reserved"));

    /// <summary><c>frame_support::traits::tokens::misc::IdAmount&lt;Id, Balance&gt;</c>: a hold or freeze reason and its amount.</summary>
    public uint IdAmount(uint id, uint balance) => Composite(
        ["frame_support", "traits", "tokens", "misc", "IdAmount"],
        [Param("Id", id), Param("Balance", balance)],
        [Named("id", id, "Id"), Named("amount", balance, "Balance")]);

    /// <summary><c>sp_core::Void</c>: the uninhabited enum (no variants).</summary>
    public uint Void() => Variant(["sp_core", "Void"], [], []);
}
