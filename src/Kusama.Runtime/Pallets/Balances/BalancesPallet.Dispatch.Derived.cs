using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Balances;

// Derived from the [Call] methods in BalancesPallet.Calls.cs: weight, class and pays of each call, and the dispatch arm.
public sealed partial class BalancesPallet
{
    /// <summary>The call's declared dispatch info (weight, class, pays).</summary>
    public static DispatchInfo GetDispatchInfo(BalancesCall call) => call switch
    {
        BalancesCall.TransferAllowDeath => new(BalancesWeights.TransferAllowDeath()),
        BalancesCall.ForceTransfer => new(BalancesWeights.ForceTransfer()),
        BalancesCall.TransferKeepAlive => new(BalancesWeights.TransferKeepAlive()),
        BalancesCall.TransferAll => new(BalancesWeights.TransferAll()),
        BalancesCall.ForceUnreserve => new(BalancesWeights.ForceUnreserve()),
        BalancesCall.UpgradeAccounts c => new(BalancesWeights.UpgradeAccounts((uint)c.Who.Length)),
        BalancesCall.ForceSetBalance => new(BalancesWeights.ForceSetBalanceCreating().Max(BalancesWeights.ForceSetBalanceKilling())),
        BalancesCall.ForceAdjustTotalIssuance => new(BalancesWeights.ForceAdjustTotalIssuance()),
        BalancesCall.Burn c => new(c.KeepAlive ? BalancesWeights.BurnAllowDeath() : BalancesWeights.BurnKeepAlive()),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a Balances call variant."),
    };

    /// <summary>Runs the call (without a storage layer: the runtime's dispatch adds it).</summary>
    public DispatchResult Dispatch(BalancesCall call, Origin origin) => call switch
    {
        BalancesCall.TransferAllowDeath c => TransferAllowDeath(origin, c.Dest, c.Value),
        BalancesCall.ForceTransfer c => ForceTransfer(origin, c.Source, c.Dest, c.Value),
        BalancesCall.TransferKeepAlive c => TransferKeepAlive(origin, c.Dest, c.Value),
        BalancesCall.TransferAll c => TransferAll(origin, c.Dest, c.KeepAlive),
        BalancesCall.ForceUnreserve c => ForceUnreserve(origin, c.Who, c.Amount),
        BalancesCall.UpgradeAccounts c => UpgradeAccounts(origin, c.Who),
        BalancesCall.ForceSetBalance c => ForceSetBalance(origin, c.Who, c.NewFree),
        BalancesCall.ForceAdjustTotalIssuance c => ForceAdjustTotalIssuance(origin, c.Direction, c.Delta),
        BalancesCall.Burn c => Burn(origin, c.Value, c.KeepAlive),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a Balances call variant."),
    };
}
