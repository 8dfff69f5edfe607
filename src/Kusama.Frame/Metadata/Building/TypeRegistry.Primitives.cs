namespace Kusama.Frame.Metadata.Building;

// sp_core / primitive_types / sp_arithmetic / sp_weights types, shaped as in Kusama's metadata (spec 1_003_000).
public sealed partial class TypeRegistry
{
    /// <summary><c>primitive_types::H256</c>: a tuple struct around <c>[u8; 32]</c>.</summary>
    public uint H256() => Composite(["primitive_types", "H256"], [], [Unnamed(ByteArray(32), "[u8; 32]")]);

    /// <summary><c>sp_core::crypto::AccountId32</c>: a tuple struct around <c>[u8; 32]</c>.</summary>
    public uint AccountId32() => Composite(["sp_core", "crypto", "AccountId32"], [], [Unnamed(ByteArray(32), "[u8; 32]")]);

    /// <summary><c>sp_core::crypto::KeyTypeId</c>: a tuple struct around <c>[u8; 4]</c>.</summary>
    public uint KeyTypeId() => Composite(["sp_core", "crypto", "KeyTypeId"], [], [Unnamed(ByteArray(4), "[u8; 4]")]);

    /// <summary><c>sp_runtime::multiaddress::MultiAddress&lt;AccountId32, ()&gt;</c>, Kusama's address type.</summary>
    public uint MultiAddress() => MultiAddress(AccountId32(), Unit());

    /// <summary><c>sp_runtime::multiaddress::MultiAddress&lt;AccountId, AccountIndex&gt;</c>.</summary>
    public uint MultiAddress(uint accountId, uint accountIndex) => Variant(
        ["sp_runtime", "multiaddress", "MultiAddress"],
        [Param("AccountId", accountId), Param("AccountIndex", accountIndex)],
        [
            VariantOf("Id", 0, Unnamed(accountId, "AccountId")),
            VariantOf("Index", 1, Unnamed(Compact(accountIndex), "AccountIndex")),
            VariantOf("Raw", 2, Unnamed(Bytes(), "Vec<u8>")),
            VariantOf("Address32", 3, Unnamed(ByteArray(32), "[u8; 32]")),
            VariantOf("Address20", 4, Unnamed(ByteArray(20), "[u8; 20]")),
        ]);

    /// <summary><c>sp_runtime::MultiSignature</c>: Ed25519 / Sr25519 (<c>[u8; 64]</c>) or Ecdsa (<c>[u8; 65]</c>).</summary>
    public uint MultiSignature() => Variant(
        ["sp_runtime", "MultiSignature"],
        [],
        [
            VariantOf("Ed25519", 0, Unnamed(ByteArray(64), "ed25519::Signature")),
            VariantOf("Sr25519", 1, Unnamed(ByteArray(64), "sr25519::Signature")),
            VariantOf("Ecdsa", 2, Unnamed(ByteArray(65), "ecdsa::Signature")),
        ]);

    /// <summary><c>sp_runtime::MultiSigner</c>: Ed25519 / Sr25519 (<c>[u8; 32]</c>) or Ecdsa (<c>[u8; 33]</c>) public keys.</summary>
    public uint MultiSigner() => Variant(
        ["sp_runtime", "MultiSigner"],
        [],
        [
            VariantOf("Ed25519", 0, Unnamed(ByteArray(32), "ed25519::Public")),
            VariantOf("Sr25519", 1, Unnamed(ByteArray(32), "sr25519::Public")),
            VariantOf("Ecdsa", 2, Unnamed(ByteArray(33), "ecdsa::Public")),
        ]);

    /// <summary><c>sp_weights::weight_v2::Weight</c>: <c>ref_time</c> and <c>proof_size</c>, both <c>Compact&lt;u64&gt;</c>.</summary>
    public uint Weight()
    {
        uint compactU64 = Compact(U64());
        return Composite(
            ["sp_weights", "weight_v2", "Weight"],
            [],
            [Named("ref_time", compactU64, "u64"), Named("proof_size", compactU64, "u64")]);
    }

    /// <summary><c>sp_weights::RuntimeDbWeight</c>: the weight of one storage read and one write.</summary>
    public uint RuntimeDbWeight() => Composite(
        ["sp_weights", "RuntimeDbWeight"],
        [],
        [Named("read", U64(), "u64"), Named("write", U64(), "u64")]);

    /// <summary><c>sp_arithmetic::per_things::Perbill</c> (parts per billion, <c>u32</c>).</summary>
    public uint Perbill() => PerThing("Perbill", U32(), "u32");

    /// <summary><c>sp_arithmetic::per_things::Permill</c> (parts per million, <c>u32</c>).</summary>
    public uint Permill() => PerThing("Permill", U32(), "u32");

    /// <summary><c>sp_arithmetic::per_things::Perquintill</c> (parts per 10^18, <c>u64</c>).</summary>
    public uint Perquintill() => PerThing("Perquintill", U64(), "u64");

    /// <summary><c>sp_arithmetic::per_things::Percent</c> (<c>u8</c>).</summary>
    public uint Percent() => PerThing("Percent", U8(), "u8");

    /// <summary><c>sp_arithmetic::per_things::PerU16</c> (parts per 65535, <c>u16</c>).</summary>
    public uint PerU16() => PerThing("PerU16", U16(), "u16");

    /// <summary><c>sp_arithmetic::fixed_point::FixedU128</c> (<c>u128</c> with 18 decimals).</summary>
    public uint FixedU128() => Composite(["sp_arithmetic", "fixed_point", "FixedU128"], [], [Unnamed(U128(), "u128")]);

    /// <summary><c>sp_arithmetic::fixed_point::FixedI64</c> (<c>i64</c> with 9 decimals).</summary>
    public uint FixedI64() => Composite(["sp_arithmetic", "fixed_point", "FixedI64"], [], [Unnamed(I64(), "i64")]);

    /// <summary><c>sp_arithmetic::ArithmeticError</c>.</summary>
    public uint ArithmeticError() => Variant(["sp_arithmetic", "ArithmeticError"], [], UnitVariants("Underflow", "Overflow", "DivisionByZero"));

    private uint PerThing(string name, uint inner, string innerName) =>
        Composite(["sp_arithmetic", "per_things", name], [], [Unnamed(inner, innerName)]);
}
