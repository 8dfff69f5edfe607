namespace Kusama.Frame.Metadata.Building;

// The signed extensions Kusama lists, in its order, shaped as in its metadata (spec 1_003_000).
public sealed partial class TypeRegistry
{
    private static readonly string[] CheckNonZeroSenderPath = ["frame_system", "extensions", "check_non_zero_sender", "CheckNonZeroSender"];
    private static readonly string[] CheckSpecVersionPath = ["frame_system", "extensions", "check_spec_version", "CheckSpecVersion"];
    private static readonly string[] CheckTxVersionPath = ["frame_system", "extensions", "check_tx_version", "CheckTxVersion"];
    private static readonly string[] CheckGenesisPath = ["frame_system", "extensions", "check_genesis", "CheckGenesis"];
    private static readonly string[] CheckWeightPath = ["frame_system", "extensions", "check_weight", "CheckWeight"];

    /// <summary><c>frame_system::extensions::check_non_zero_sender::CheckNonZeroSender&lt;T&gt;</c> (no fields).</summary>
    public uint CheckNonZeroSender() => Composite(CheckNonZeroSenderPath, [Param("T", null)], []);

    /// <summary><c>frame_system::extensions::check_spec_version::CheckSpecVersion&lt;T&gt;</c> (no fields; signs the spec version).</summary>
    public uint CheckSpecVersion() => Composite(CheckSpecVersionPath, [Param("T", null)], []);

    /// <summary><c>frame_system::extensions::check_tx_version::CheckTxVersion&lt;T&gt;</c> (no fields; signs the transaction version).</summary>
    public uint CheckTxVersion() => Composite(CheckTxVersionPath, [Param("T", null)], []);

    /// <summary><c>frame_system::extensions::check_genesis::CheckGenesis&lt;T&gt;</c> (no fields; signs the genesis hash).</summary>
    public uint CheckGenesis() => Composite(CheckGenesisPath, [Param("T", null)], []);

    /// <summary><c>frame_system::extensions::check_mortality::CheckMortality&lt;T&gt;</c>: the <c>Era</c>.</summary>
    public uint CheckMortality() => Composite(
        ["frame_system", "extensions", "check_mortality", "CheckMortality"],
        [Param("T", null)],
        [Unnamed(Era(), "Era")]);

    /// <summary><c>frame_system::extensions::check_nonce::CheckNonce&lt;T&gt;</c>: the compact nonce (<c>u32</c> on Kusama).</summary>
    public uint CheckNonce() => Composite(
        ["frame_system", "extensions", "check_nonce", "CheckNonce"],
        [Param("T", null)],
        [Unnamed(Compact(U32()), "T::Nonce")]);

    /// <summary><c>frame_system::extensions::check_weight::CheckWeight&lt;T&gt;</c> (no fields).</summary>
    public uint CheckWeight() => Composite(CheckWeightPath, [Param("T", null)], []);

    /// <summary><c>pallet_transaction_payment::ChargeTransactionPayment&lt;T&gt;</c>: the compact tip.</summary>
    public uint ChargeTransactionPayment() => Composite(
        ["pallet_transaction_payment", "ChargeTransactionPayment"],
        [Param("T", null)],
        [Unnamed(Compact(U128()), "BalanceOf<T>")]);

    /// <summary><c>frame_metadata_hash_extension::CheckMetadataHash&lt;T&gt;</c>: <c>mode: Mode</c>.</summary>
    public uint CheckMetadataHash() => Composite(
        ["frame_metadata_hash_extension", "CheckMetadataHash"],
        [Param("T", null)],
        [Named("mode", MetadataHashMode(), "Mode")]);

    /// <summary><c>frame_metadata_hash_extension::Mode</c>: Disabled, Enabled.</summary>
    public uint MetadataHashMode() => Variant(["frame_metadata_hash_extension", "Mode"], [], UnitVariants("Disabled", "Enabled"));

    /// <summary>
    /// Kusama's nine signed extensions in order, each with its extra type and the type it adds to the signed payload
    /// (spec and transaction versions <c>u32</c>, genesis and mortality block hashes <c>H256</c>, the metadata hash <c>Option&lt;[u8; 32]&gt;</c>).
    /// </summary>
    public SignedExtensionMetadata[] KusamaSignedExtensions()
    {
        uint unit = Unit();
        uint u32 = U32();
        uint hash = H256();
        return
        [
            new("CheckNonZeroSender", CheckNonZeroSender(), unit),
            new("CheckSpecVersion", CheckSpecVersion(), u32),
            new("CheckTxVersion", CheckTxVersion(), u32),
            new("CheckGenesis", CheckGenesis(), hash),
            new("CheckMortality", CheckMortality(), hash),
            new("CheckNonce", CheckNonce(), unit),
            new("CheckWeight", CheckWeight(), unit),
            new("ChargeTransactionPayment", ChargeTransactionPayment(), unit),
            new("CheckMetadataHash", CheckMetadataHash(), Option(ByteArray(32))),
        ];
    }
}
