using Kusama.Core;
using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;

namespace Kusama.Frame.Generators.Tests.Pallets;

/// <summary>A pallet declared with a subset of pallet_balances' calls (Kusama's indices and argument types); it records what it was called with.</summary>
public sealed partial class BalancesPallet
{
    public List<string> Dispatched { get; } = [];

    [Call(0, Weight = "TestWeights.Transfer()")]
    public DispatchResult TransferAllowDeath(Origin origin, MultiAddress dest, [Compact] Balance value) => Record($"transfer_allow_death {value}");

    [Call(2, Weight = "TestWeights.Transfer()")]
    public DispatchResult ForceTransfer(Origin origin, MultiAddress source, MultiAddress dest, [Compact] Balance value)
    {
        if (!origin.IsRoot) return DispatchError.BadOrigin;
        return Record($"force_transfer {value}");
    }

    [Call(3, Weight = "TestWeights.Transfer()")]
    public DispatchResult TransferKeepAlive(Origin origin, MultiAddress dest, [Compact] Balance value) => Record($"transfer_keep_alive {value}");

    [Call(4, Weight = "TestWeights.Transfer()")]
    public DispatchResult TransferAll(Origin origin, MultiAddress dest, bool keepAlive) => Record($"transfer_all {keepAlive}");

    [Call(6, Weight = "TestWeights.UpgradeAccounts((uint)who.Length)", Class = DispatchClass.Operational, Pays = Pays.No)]
    public DispatchResult UpgradeAccounts(Origin origin, [MaxLength(2)] AccountId32[] who) => Record($"upgrade_accounts {who.Length}");

    [Call(9)]
    public DispatchResult ForceAdjustTotalIssuance(Origin origin, AdjustmentDirection direction, [Compact] Balance delta) =>
        Record($"force_adjust_total_issuance {direction is AdjustmentDirection.Increase} {delta}");

    private DispatchResult Record(string what)
    {
        Dispatched.Add(what);
        return DispatchResult.Ok;
    }
}
