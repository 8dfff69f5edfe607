using Kusama.Core;
using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;

namespace Kusama.Runtime.Pallets.Balances;

// pallet_balances' calls (Kusama indices; 1 was `set_balance_deprecated`, 7 `transfer`: both removed).
public sealed partial class BalancesPallet
{
    /// <summary>Transfer some liquid free balance to another account.</summary>
    [Call(0, Weight = "BalancesWeights.TransferAllowDeath()")]
    public DispatchResult TransferAllowDeath(Origin origin, [TypeName("AccountIdLookupOf<T>")] MultiAddress dest, [Compact, TypeName("T::Balance")] Balance value)
    {
        if (!origin.EnsureSigned(out AccountId32 source, out DispatchError error)) return error;
        if (!Lookup(dest, out AccountId32 to)) return DispatchError.CannotLookup;
        return Transfer(source, to, value, Preservation.Expendable);
    }

    /// <summary>Exactly as <c>transfer_allow_death</c>, except the origin must be root and the source account may be specified.</summary>
    [Call(2, Weight = "BalancesWeights.ForceTransfer()")]
    public DispatchResult ForceTransfer(
        Origin origin, [TypeName("AccountIdLookupOf<T>")] MultiAddress source, [TypeName("AccountIdLookupOf<T>")] MultiAddress dest, [Compact, TypeName("T::Balance")] Balance value)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        if (!Lookup(source, out AccountId32 from) || !Lookup(dest, out AccountId32 to)) return DispatchError.CannotLookup;
        return Transfer(from, to, value, Preservation.Expendable);
    }

    /// <summary>Same as the <c>transfer_allow_death</c> call, but with a check that the transfer will not kill the origin account.</summary>
    [Call(3, Weight = "BalancesWeights.TransferKeepAlive()")]
    public DispatchResult TransferKeepAlive(Origin origin, [TypeName("AccountIdLookupOf<T>")] MultiAddress dest, [Compact, TypeName("T::Balance")] Balance value)
    {
        if (!origin.EnsureSigned(out AccountId32 source, out DispatchError error)) return error;
        if (!Lookup(dest, out AccountId32 to)) return DispatchError.CannotLookup;
        return Transfer(source, to, value, Preservation.Preserve);
    }

    /// <summary>Transfer the entire transferable balance from the caller account.</summary>
    [Call(4, Weight = "BalancesWeights.TransferAll()")]
    public DispatchResult TransferAll(Origin origin, [TypeName("AccountIdLookupOf<T>")] MultiAddress dest, bool keepAlive)
    {
        if (!origin.EnsureSigned(out AccountId32 transactor, out DispatchError error)) return error;
        Preservation preservation = keepAlive ? Preservation.Preserve : Preservation.Expendable;
        Balance reducible = ReducibleBalance(transactor, preservation, Fortitude.Polite);
        if (!Lookup(dest, out AccountId32 to)) return DispatchError.CannotLookup;
        return Transfer(transactor, to, reducible, preservation);
    }

    /// <summary>Unreserve some balance from a user by force.</summary>
    [Call(5, Weight = "BalancesWeights.ForceUnreserve()")]
    public DispatchResult ForceUnreserve(Origin origin, [TypeName("AccountIdLookupOf<T>")] MultiAddress who, [TypeName("T::Balance")] Balance amount)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        if (!Lookup(who, out AccountId32 account)) return DispatchError.CannotLookup;
        _ = Unreserve(account, amount);
        return DispatchResult.Ok;
    }

    /// <summary>Upgrade a specified account.</summary>
    /// <remarks>The fee is waived when at least 90 % of the accounts needed upgrading.</remarks>
    [Call(6, Weight = "BalancesWeights.UpgradeAccounts((uint)who.Length)")]
    public DispatchResult UpgradeAccounts(Origin origin, [TypeName("Vec<T::AccountId>")] AccountId32[] who)
    {
        if (!origin.EnsureSigned(out _, out DispatchError error)) return error;
        if (who.Length == 0) return DispatchResult.Success(new PostDispatchInfo(null, Pays.Yes));
        uint upgraded = 0;
        foreach (AccountId32 account in who)
            if (EnsureUpgraded(account)) upgraded++;
        Perbill proportion = Perbill.FromRational(upgraded, (uint)who.Length);
        Pays pays = proportion >= Perbill.FromPercent(90) ? Pays.No : Pays.Yes;
        return DispatchResult.Success(new PostDispatchInfo(null, pays));
    }

    /// <summary>Set the regular balance of a given account.</summary>
    [Call(8, Weight = "BalancesWeights.ForceSetBalanceCreating().Max(BalancesWeights.ForceSetBalanceKilling())")]
    public DispatchResult ForceSetBalance(Origin origin, [TypeName("AccountIdLookupOf<T>")] MultiAddress who, [Compact, TypeName("T::Balance")] Balance newFree)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        if (!Lookup(who, out AccountId32 account)) return DispatchError.CannotLookup;
        if (newFree < ExistentialDeposit) newFree = Balance.Zero;

        AccountData data = LoadAccount(account, out bool isNew);
        AccountData before = data;
        Balance oldFree = data.Free;
        DispatchResult stored = MutateAccountHandlingDust(account, data with { Free = newFree }, before, isNew);
        if (stored.IsError) return stored;

        // mutate_account leaves the issuance alone; the imbalances FRAME drops here square it up.
        if (newFree > oldFree) DropImbalance(new PositiveImbalance(newFree - oldFree));
        else if (newFree < oldFree) DropImbalance(new NegativeImbalance(oldFree - newFree));
        DepositEvent(new BalancesEvent.BalanceSet(account, newFree));
        return DispatchResult.Ok;
    }

    /// <summary>Adjust the total issuance in a saturating way.</summary>
    [Call(9, Weight = "BalancesWeights.ForceAdjustTotalIssuance()")]
    public DispatchResult ForceAdjustTotalIssuance(Origin origin, AdjustmentDirection direction, [Compact, TypeName("T::Balance")] Balance delta)
    {
        if (!origin.EnsureRoot(out DispatchError error)) return error;
        if (delta.IsZero) return Error(BalancesError.DeltaZero);
        Balance old = TotalIssuance.Get();
        Balance updated = direction == AdjustmentDirection.Increase ? old.SaturatingAdd(delta) : old.SaturatingSub(delta);
        if (InactiveIssuance.Get() > updated) return Error(BalancesError.IssuanceDeactivated);
        TotalIssuance.Set(updated);
        DepositEvent(new BalancesEvent.TotalIssuanceForced(old, updated));
        return DispatchResult.Ok;
    }

    /// <summary>Burn the specified liquid free balance from the origin account.</summary>
    /// <remarks>The weight expression is FRAME's as written: <c>keep_alive</c> picks <c>burn_allow_death</c> and vice versa.</remarks>
    [Call(10, Weight = "keepAlive ? BalancesWeights.BurnAllowDeath() : BalancesWeights.BurnKeepAlive()")]
    public DispatchResult Burn(Origin origin, [Compact, TypeName("T::Balance")] Balance value, bool keepAlive)
    {
        if (!origin.EnsureSigned(out AccountId32 source, out DispatchError error)) return error;
        Preservation preservation = keepAlive ? Preservation.Preserve : Preservation.Expendable;
        return BurnFrom(source, value, preservation, Precision.Exact, Fortitude.Polite, out _);
    }

    /// <summary>
    /// Kusama's <c>Lookup = AccountIdLookup&lt;AccountId, ()&gt;</c>: only <c>MultiAddress::Id</c> resolves (there is no
    /// index lookup), anything else is <c>CannotLookup</c>.
    /// </summary>
    private static bool Lookup(MultiAddress address, out AccountId32 who)
    {
        if (address is MultiAddress.Id id)
        {
            who = id.Account;
            return true;
        }
        who = default;
        return false;
    }
}
