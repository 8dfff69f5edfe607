using Kusama.Frame.Metadata.Building;
using Kusama.Runtime.Pallets.Balances;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's value types as Kusama's metadata describes them (paths, params, field and type names).</summary>
public static class SystemTypes
{
    /// <summary><c>frame_system::AccountInfo&lt;u32, AccountData&lt;u128&gt;&gt;</c>: nonce, the three reference counts, the balances data.</summary>
    public static uint AccountInfo(TypeRegistry types)
    {
        uint u32 = types.U32();
        uint data = BalancesTypes.AccountData(types);
        return types.Composite(
            ["frame_system", "AccountInfo"],
            [TypeRegistry.Param("Nonce", u32), TypeRegistry.Param("AccountData", data)],
            [
                TypeRegistry.Named("nonce", u32, "Nonce"),
                TypeRegistry.Named("consumers", u32, "RefCount"),
                TypeRegistry.Named("providers", u32, "RefCount"),
                TypeRegistry.Named("sufficients", u32, "RefCount"),
                TypeRegistry.Named("data", data, "AccountData"),
            ]);
    }

    /// <summary><c>frame_system::LastRuntimeUpgradeInfo</c>: compact spec version and spec name.</summary>
    public static uint LastRuntimeUpgradeInfo(TypeRegistry types) => types.Composite(
        ["frame_system", "LastRuntimeUpgradeInfo"],
        [],
        [
            TypeRegistry.Named("spec_version", types.Compact(types.U32()), "codec::Compact<u32>"),
            TypeRegistry.Named("spec_name", types.Str(), "sp_runtime::RuntimeString"),
        ]);

    /// <summary><c>frame_system::CodeUpgradeAuthorization&lt;T&gt;</c>: code_hash, check_version.</summary>
    public static uint CodeUpgradeAuthorization(TypeRegistry types) => types.Composite(
        ["frame_system", "CodeUpgradeAuthorization"],
        [TypeRegistry.Param("T", null)],
        [TypeRegistry.Named("code_hash", types.H256(), "T::Hash"), TypeRegistry.Named("check_version", types.Bool(), "bool")]);

    /// <summary><c>frame_system::limits::BlockWeights</c>: base_block, max_block, per_class.</summary>
    public static uint BlockWeights(TypeRegistry types)
    {
        uint weight = types.Weight();
        return types.Composite(
            ["frame_system", "limits", "BlockWeights"],
            [],
            [
                TypeRegistry.Named("base_block", weight, "Weight"),
                TypeRegistry.Named("max_block", weight, "Weight"),
                TypeRegistry.Named("per_class", types.PerDispatchClass(WeightsPerClass(types)), "PerDispatchClass<WeightsPerClass>"),
            ]);
    }

    /// <summary><c>frame_system::limits::WeightsPerClass</c>: base_extrinsic, then three optional limits.</summary>
    public static uint WeightsPerClass(TypeRegistry types)
    {
        uint weight = types.Weight();
        uint optional = types.Option(weight);
        return types.Composite(
            ["frame_system", "limits", "WeightsPerClass"],
            [],
            [
                TypeRegistry.Named("base_extrinsic", weight, "Weight"),
                TypeRegistry.Named("max_extrinsic", optional, "Option<Weight>"),
                TypeRegistry.Named("max_total", optional, "Option<Weight>"),
                TypeRegistry.Named("reserved", optional, "Option<Weight>"),
            ]);
    }

    /// <summary><c>frame_system::limits::BlockLength</c>: <c>max: PerDispatchClass&lt;u32&gt;</c>.</summary>
    public static uint BlockLength(TypeRegistry types) => types.Composite(
        ["frame_system", "limits", "BlockLength"],
        [],
        [TypeRegistry.Named("max", types.PerDispatchClass(types.U32()), "PerDispatchClass<u32>")]);
}
