using Kusama.Frame.Metadata.Building;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' value types as Kusama's metadata describes them (paths, params, field and type names).</summary>
public static class BalancesTypes
{
    /// <summary><c>pallet_balances::types::AccountData&lt;u128&gt;</c>: free, reserved, frozen, flags.</summary>
    public static uint AccountData(TypeRegistry types)
    {
        uint balance = types.U128();
        return types.Composite(
            ["pallet_balances", "types", "AccountData"],
            [TypeRegistry.Param("Balance", balance)],
            [
                TypeRegistry.Named("free", balance, "Balance"),
                TypeRegistry.Named("reserved", balance, "Balance"),
                TypeRegistry.Named("frozen", balance, "Balance"),
                TypeRegistry.Named("flags", ExtraFlags(types), "ExtraFlags"),
            ]);
    }

    /// <summary><c>pallet_balances::types::ExtraFlags</c>: a <c>u128</c> bit set (bit 127: the account uses the new logic).</summary>
    public static uint ExtraFlags(TypeRegistry types) =>
        types.Composite(["pallet_balances", "types", "ExtraFlags"], [], [TypeRegistry.Unnamed(types.U128(), "u128")]);

    /// <summary><c>pallet_balances::types::BalanceLock&lt;u128&gt;</c>: id (<c>LockIdentifier</c>, <c>[u8; 8]</c>), amount, reasons.</summary>
    public static uint BalanceLock(TypeRegistry types)
    {
        uint balance = types.U128();
        return types.Composite(
            ["pallet_balances", "types", "BalanceLock"],
            [TypeRegistry.Param("Balance", balance)],
            [
                TypeRegistry.Named("id", types.ByteArray(8), "LockIdentifier"),
                TypeRegistry.Named("amount", balance, "Balance"),
                TypeRegistry.Named("reasons", Reasons(types), "Reasons"),
            ]);
    }

    /// <summary><c>pallet_balances::types::Reasons</c>: Fee, Misc, All.</summary>
    public static uint Reasons(TypeRegistry types) =>
        types.Variant(["pallet_balances", "types", "Reasons"], [], TypeRegistry.UnitVariants("Fee", "Misc", "All"));

    /// <summary><c>pallet_balances::types::ReserveData&lt;[u8; 8], u128&gt;</c>: id, amount.</summary>
    public static uint ReserveData(TypeRegistry types)
    {
        uint id = types.ByteArray(8);
        uint balance = types.U128();
        return types.Composite(
            ["pallet_balances", "types", "ReserveData"],
            [TypeRegistry.Param("ReserveIdentifier", id), TypeRegistry.Param("Balance", balance)],
            [TypeRegistry.Named("id", id, "ReserveIdentifier"), TypeRegistry.Named("amount", balance, "Balance")]);
    }

    /// <summary><c>IdAmount&lt;RuntimeHoldReason, u128&gt;</c>: one entry of <c>Balances.Holds</c>.</summary>
    public static uint HoldIdAmount(TypeRegistry types) => types.IdAmount(RuntimeHoldReason(types), types.U128());

    /// <summary><c>IdAmount&lt;RuntimeFreezeReason, u128&gt;</c>: one entry of <c>Balances.Freezes</c>.</summary>
    public static uint FreezeIdAmount(TypeRegistry types) => types.IdAmount(RuntimeFreezeReason(types), types.U128());

    /// <summary>
    /// <c>staging_kusama_runtime::RuntimeHoldReason</c>: Preimage 32, Nis 38, each wrapping its pallet's <c>HoldReason</c>.
    /// The variants are Kusama's, as <see cref="Runtime.RuntimeHoldReason"/> decodes them, although those pallets arrive later.
    /// </summary>
    public static uint RuntimeHoldReason(TypeRegistry types) => types.Variant(
        [KusamaRuntime.RuntimeCrate, "RuntimeHoldReason"],
        [],
        [
            TypeRegistry.VariantOf("Preimage", Runtime.RuntimeHoldReason.PreimagePalletIndex, TypeRegistry.Unnamed(
                types.Variant(["pallet_preimage", "pallet", "HoldReason"], [], TypeRegistry.UnitVariants("Preimage")), "pallet_preimage::HoldReason")),
            TypeRegistry.VariantOf("Nis", Runtime.RuntimeHoldReason.NisPalletIndex, TypeRegistry.Unnamed(
                types.Variant(["pallet_nis", "pallet", "HoldReason"], [], TypeRegistry.UnitVariants("NftReceipt")), "pallet_nis::HoldReason")),
        ]);

    /// <summary>
    /// <c>staging_kusama_runtime::RuntimeFreezeReason</c>: NominationPools 41, wrapping its <c>FreezeReason</c>. The variant is
    /// Kusama's, as <see cref="Runtime.RuntimeFreezeReason"/> decodes it, although that pallet arrives later.
    /// </summary>
    public static uint RuntimeFreezeReason(TypeRegistry types) => types.Variant(
        [KusamaRuntime.RuntimeCrate, "RuntimeFreezeReason"],
        [],
        [
            TypeRegistry.VariantOf("NominationPools", Runtime.RuntimeFreezeReason.NominationPoolsPalletIndex, TypeRegistry.Unnamed(
                types.Variant(["pallet_nomination_pools", "pallet", "FreezeReason"], [], TypeRegistry.UnitVariants("PoolMinBalance")),
                "pallet_nomination_pools::FreezeReason")),
        ]);

    /// <summary><c>pallet_balances::types::AdjustmentDirection</c>: Increase, Decrease.</summary>
    public static uint AdjustmentDirection(TypeRegistry types) =>
        types.Variant(["pallet_balances", "types", "AdjustmentDirection"], [], TypeRegistry.UnitVariants("Increase", "Decrease"));

    /// <summary>The events' <c>Status</c>: frame_support's <c>BalanceStatus</c> (Free, Reserved).</summary>
    public static uint Status(TypeRegistry types) => types.BalanceStatus();
}
