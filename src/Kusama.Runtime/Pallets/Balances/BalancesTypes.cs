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
}
