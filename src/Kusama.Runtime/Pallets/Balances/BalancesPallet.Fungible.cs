using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Pallets.Balances;

// fungible::{Inspect, Unbalanced, Mutate, Balanced} as pallet_balances implements them (impl_fungible.rs and the traits'
// provided methods). Names follow the Rust methods; results come back through `out` so nothing is allocated.
public sealed partial class BalancesPallet
{
    /// <summary>The total units in existence (<c>total_issuance</c>).</summary>
    public Balance GetTotalIssuance() => TotalIssuance.Get();

    /// <summary>Total issuance less the deactivated part (<c>active_issuance</c>).</summary>
    public Balance ActiveIssuance() => TotalIssuance.Get().SaturatingSub(InactiveIssuance.Get());

    /// <summary>free + reserved (<c>total_balance</c>).</summary>
    public Balance TotalBalance(in AccountId32 who) => AccountOf(who).Total;

    /// <summary>The free balance (fungible <c>balance</c>, Currency <c>free_balance</c>).</summary>
    public Balance FreeBalance(in AccountId32 who) => AccountOf(who).Free;

    /// <summary>The reserved balance, holds and reserves together (<c>reserved_balance</c>, <c>total_balance_on_hold</c>).</summary>
    public Balance ReservedBalance(in AccountId32 who) => AccountOf(who).Reserved;

    /// <summary>What can be taken from the free balance without breaking freezes (unless forced) or the existence rule <paramref name="preservation"/> asks for.</summary>
    public Balance ReducibleBalance(in AccountId32 who, Preservation preservation, Fortitude force) =>
        ReducibleBalance(_system.Account.Get(who), preservation, force);

    /// <summary><see cref="ReducibleBalance(in AccountId32, Preservation, Fortitude)"/> of the account <paramref name="info"/> as stored.</summary>
    private Balance ReducibleBalance(in AccountInfo info, Preservation preservation, Fortitude force)
    {
        AccountData a = info.Data;
        Balance untouchable = Balance.Zero;
        // Frozen applies to the total, so what is on hold counts toward it.
        if (force == Fortitude.Polite) untouchable = a.Frozen.SaturatingSub(a.Reserved);
        bool needEd = preservation == Preservation.Preserve
            || (preservation == Preservation.Protect && !a.Free.IsZero && info.Providers == 1)
            || (preservation == Preservation.Expendable && !a.Free.IsZero && !CanDecProvider(info));
        if (needEd) untouchable = Balance.Max(untouchable, ExistentialDeposit);
        return a.Free.SaturatingSub(untouchable);
    }

    /// <summary>Whether <paramref name="amount"/> could be deposited into <paramref name="who"/> (<c>can_deposit</c>).</summary>
    public DepositConsequence CanDeposit(in AccountId32 who, Balance amount, Provenance provenance)
    {
        if (amount.IsZero) return DepositConsequence.Success;
        if (provenance == Provenance.Minted && TotalIssuance.Get().CheckedAdd(amount) is null) return DepositConsequence.Overflow;
        AccountData account = AccountOf(who);
        if (account.Free.CheckedAdd(amount) is not { } newFree) return DepositConsequence.Overflow;
        if (newFree < ExistentialDeposit) return DepositConsequence.BelowMinimum;
        if (account.Reserved.CheckedAdd(newFree) is null) return DepositConsequence.Overflow;
        return DepositConsequence.Success;
    }

    /// <summary>What withdrawing <paramref name="amount"/> from <paramref name="who"/> would do (<c>can_withdraw</c>).</summary>
    public WithdrawConsequence CanWithdraw(in AccountId32 who, Balance amount)
    {
        if (amount.IsZero) return WithdrawConsequence.Success;
        if (TotalIssuance.Get().CheckedSub(amount) is null) return new(WithdrawConsequenceKind.Underflow);
        AccountInfo info = _system.Account.Get(who);
        AccountData account = info.Data;
        if (account.Free.CheckedSub(amount) is not { } newFree) return new(WithdrawConsequenceKind.BalanceLow);
        if (amount > ReducibleBalance(info, Preservation.Expendable, Fortitude.Polite)) return new(WithdrawConsequenceKind.Frozen);
        WithdrawConsequence success = WithdrawConsequence.Success;
        if (newFree < ExistentialDeposit)
        {
            if (!CanDecProvider(info)) return new(WithdrawConsequenceKind.WouldDie);
            success = new(WithdrawConsequenceKind.ReducedToZero, newFree);
        }
        if (newFree.SaturatingAdd(account.Reserved) < account.Frozen) return new(WithdrawConsequenceKind.Frozen);
        return success;
    }

    /// <summary>
    /// Forcefully sets the free balance (<c>Unbalanced::write_balance</c>), refusing a reduction beyond the forced reducible
    /// balance; returns the dust the write left (not yet burned).
    /// </summary>
    public DispatchResult WriteBalance(in AccountId32 who, Balance amount, out Balance dust) =>
        WriteBalance(who, _system.Account.Get(who), amount, out dust);

    /// <summary><see cref="WriteBalance(in AccountId32, Balance, out Balance)"/> given <paramref name="info"/>, the account as stored now.</summary>
    private DispatchResult WriteBalance(in AccountId32 who, in AccountInfo info, Balance amount, out Balance dust)
    {
        dust = Balance.Zero;
        Balance maxReduction = ReducibleBalance(info, Preservation.Expendable, Fortitude.Force);
        AccountData account = LoadAccount(who, info, out bool isNew);
        AccountData before = account;
        bool allowed = account.Free.SaturatingSub(amount) <= maxReduction;
        if (allowed) account = account with { Free = amount };
        // FRAME's closure returns its error as a value, so the (unchanged) account is still written. An account already
        // on the new logic was not written by the load, so what was read still describes it.
        AccountInfo? stored = info.Data.IsNewLogic ? info : null;
        DispatchResult result = StoreAccount(who, before, isNew, account, out dust, stored);
        if (result.IsError) return result;
        return allowed ? DispatchResult.Ok : Error(BalancesError.InsufficientBalance);
    }

    /// <summary>Sets the total issuance (<c>set_total_issuance</c>).</summary>
    public void SetTotalIssuance(Balance amount) => TotalIssuance.Set(amount);

    /// <summary>Moves <paramref name="amount"/> of the issuance to inactive, never beyond the total (<c>deactivate</c>).</summary>
    public void Deactivate(Balance amount) => InactiveIssuance.Set(Balance.Min(InactiveIssuance.Get().SaturatingAdd(amount), TotalIssuance.Get()));

    /// <summary>Returns <paramref name="amount"/> of inactive issuance to active (<c>reactivate</c>).</summary>
    public void Reactivate(Balance amount) => InactiveIssuance.Set(InactiveIssuance.Get().SaturatingSub(amount));

    /// <summary>Reduces the free balance (<c>Unbalanced::decrease_balance</c>); the dust of a reaped account is burned. <paramref name="actual"/> may exceed the amount by that dust.</summary>
    public DispatchResult DecreaseBalance(in AccountId32 who, Balance amount, Precision precision, Preservation preservation, Fortitude force, out Balance actual)
    {
        actual = Balance.Zero;
        AccountInfo info = _system.Account.Get(who);
        Balance oldBalance = info.Data.Free;
        Balance free = ReducibleBalance(info, preservation, force);
        if (precision == Precision.BestEffort) amount = Balance.Min(amount, free);
        else if (free < amount) return DispatchError.Token(TokenError.FundsUnavailable);
        if (oldBalance.CheckedSub(amount) is not { } newBalance) return DispatchError.Token(TokenError.FundsUnavailable);
        DispatchResult written = WriteBalance(who, info, newBalance, out Balance dust);
        if (written.IsError) return written;
        HandleDust(dust);
        actual = oldBalance.SaturatingSub(newBalance);
        return DispatchResult.Ok;
    }

    /// <summary>Raises the free balance (<c>Unbalanced::increase_balance</c>); a new account needs at least ED.</summary>
    public DispatchResult IncreaseBalance(in AccountId32 who, Balance amount, Precision precision, out Balance actual)
    {
        actual = Balance.Zero;
        AccountInfo info = _system.Account.Get(who);
        Balance oldBalance = info.Data.Free;
        Balance newBalance;
        if (precision == Precision.BestEffort) newBalance = oldBalance.SaturatingAdd(amount);
        else if (oldBalance.CheckedAdd(amount) is { } sum) newBalance = sum;
        else return DispatchError.Arithmetic(ArithmeticError.Overflow);
        if (newBalance < ExistentialDeposit)
            return precision == Precision.BestEffort ? DispatchResult.Ok : DispatchError.Token(TokenError.BelowMinimum);
        if (newBalance == oldBalance) return DispatchResult.Ok;
        DispatchResult written = WriteBalance(who, info, newBalance, out Balance dust);
        if (written.IsError) return written;
        HandleDust(dust);
        actual = newBalance.SaturatingSub(oldBalance);
        return DispatchResult.Ok;
    }

    /// <summary>Mints exactly <paramref name="amount"/> into <paramref name="who"/> (<c>mint_into</c>): deposits <c>Minted</c>.</summary>
    public DispatchResult MintInto(in AccountId32 who, Balance amount, out Balance actual)
    {
        actual = Balance.Zero;
        if (TotalIssuance.Get().CheckedAdd(amount) is null) return DispatchError.Arithmetic(ArithmeticError.Overflow);
        DispatchResult increased = IncreaseBalance(who, amount, Precision.Exact, out actual);
        if (increased.IsError) return increased;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingAdd(actual));
        DepositEvent(new BalancesEvent.Minted(who, amount));
        return DispatchResult.Ok;
    }

    /// <summary>Burns from the free balance (<c>burn_from</c>): deposits <c>Burned</c>.</summary>
    public DispatchResult BurnFrom(in AccountId32 who, Balance amount, Preservation preservation, Precision precision, Fortitude force, out Balance actual)
    {
        actual = Balance.Min(ReducibleBalance(who, preservation, force), amount);
        if (actual != amount && precision != Precision.BestEffort)
        {
            actual = Balance.Zero;
            return DispatchError.Token(TokenError.FundsUnavailable);
        }
        if (TotalIssuance.Get().CheckedSub(actual) is null)
        {
            actual = Balance.Zero;
            return DispatchError.Arithmetic(ArithmeticError.Overflow);
        }
        DispatchResult decreased = DecreaseBalance(who, actual, Precision.BestEffort, preservation, force, out actual);
        if (decreased.IsError) return decreased;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingSub(actual));
        DepositEvent(new BalancesEvent.Burned(who, actual));
        return DispatchResult.Ok;
    }

    /// <summary>Burns like <see cref="BurnFrom"/> but expecting a later <see cref="Restore"/> (<c>shelve</c>): deposits <c>Suspended</c>.</summary>
    public DispatchResult Shelve(in AccountId32 who, Balance amount, out Balance actual)
    {
        actual = Balance.Min(ReducibleBalance(who, Preservation.Expendable, Fortitude.Polite), amount);
        if (actual != amount || TotalIssuance.Get().CheckedSub(actual) is null)
        {
            bool low = actual != amount;
            actual = Balance.Zero;
            return low ? DispatchError.Token(TokenError.FundsUnavailable) : DispatchError.Arithmetic(ArithmeticError.Overflow);
        }
        DispatchResult decreased = DecreaseBalance(who, actual, Precision.BestEffort, Preservation.Expendable, Fortitude.Polite, out actual);
        if (decreased.IsError) return decreased;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingSub(actual));
        DepositEvent(new BalancesEvent.Suspended(who, actual));
        return DispatchResult.Ok;
    }

    /// <summary>Mints like <see cref="MintInto"/>, undoing a <see cref="Shelve"/> (<c>restore</c>): deposits <c>Restored</c>.</summary>
    public DispatchResult Restore(in AccountId32 who, Balance amount, out Balance actual)
    {
        actual = Balance.Zero;
        if (TotalIssuance.Get().CheckedAdd(amount) is null) return DispatchError.Arithmetic(ArithmeticError.Overflow);
        DispatchResult increased = IncreaseBalance(who, amount, Precision.Exact, out actual);
        if (increased.IsError) return increased;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingAdd(actual));
        DepositEvent(new BalancesEvent.Restored(who, amount));
        return DispatchResult.Ok;
    }

    /// <summary>Moves <paramref name="amount"/> of free balance (fungible <c>Mutate::transfer</c>): deposits <c>Transfer</c>.</summary>
    public DispatchResult Transfer(in AccountId32 source, in AccountId32 dest, Balance amount, Preservation preservation)
    {
        if (!CanWithdraw(source, amount).IntoResult(preservation != Preservation.Expendable, out _, out DispatchError error)) return error;
        DepositConsequence deposit = CanDeposit(dest, amount, Provenance.Extant);
        if (deposit != DepositConsequence.Success) return DepositError(deposit);
        DispatchResult decreased = DecreaseBalance(source, amount, Precision.BestEffort, preservation, Fortitude.Polite, out _);
        if (decreased.IsError) return decreased;
        // Cannot fail after can_deposit; FRAME ignores the result as well.
        _ = IncreaseBalance(dest, amount, Precision.BestEffort, out _);
        DepositEvent(new BalancesEvent.Transfer(source, dest, amount));
        return DispatchResult.Ok;
    }

    /// <summary>Forces the free balance to <paramref name="amount"/> by minting or burning (<c>Mutate::set_balance</c>); returns the new balance.</summary>
    public Balance SetBalance(in AccountId32 who, Balance amount)
    {
        Balance b = FreeBalance(who);
        if (b > amount)
            return BurnFrom(who, b - amount, Preservation.Expendable, Precision.BestEffort, Fortitude.Force, out Balance burned).IsOk ? b.SaturatingSub(burned) : b;
        return MintInto(who, amount - b, out Balance minted).IsOk ? b.SaturatingAdd(minted) : b;
    }

    /// <summary>Raises the total issuance (<c>Balanced::issue</c>): deposits <c>Issued</c> when non-zero; the credit must be placed or dropped.</summary>
    public Credit Issue(Balance amount)
    {
        Balance old = TotalIssuance.Get();
        Balance updated = old.SaturatingAdd(amount);
        TotalIssuance.Set(updated);
        Balance delta = updated - old;
        if (!delta.IsZero) DepositEvent(new BalancesEvent.Issued(delta));
        return new Credit(delta);
    }

    /// <summary>Lowers the total issuance (<c>Balanced::rescind</c>): deposits <c>Rescinded</c>; the debt must be settled or dropped.</summary>
    public Debt Rescind(Balance amount)
    {
        Balance old = TotalIssuance.Get();
        Balance updated = old.SaturatingSub(amount);
        TotalIssuance.Set(updated);
        Balance delta = old - updated;
        DepositEvent(new BalancesEvent.Rescinded(delta));
        return new Debt(delta);
    }

    /// <summary>Adds to the free balance, creating the account if needed (<c>Balanced::deposit</c>): deposits <c>Deposit</c>.</summary>
    public DispatchResult Deposit(in AccountId32 who, Balance value, Precision precision, out Debt debt)
    {
        debt = default;
        DispatchResult increased = IncreaseBalance(who, value, precision, out Balance increase);
        if (increased.IsError) return increased;
        DepositEvent(new BalancesEvent.Deposit(who, increase));
        debt = new Debt(increase);
        return DispatchResult.Ok;
    }

    /// <summary>Takes from the free balance (<c>Balanced::withdraw</c>): deposits <c>Withdraw</c>.</summary>
    public DispatchResult Withdraw(in AccountId32 who, Balance value, Precision precision, Preservation preservation, Fortitude force, out Credit credit)
    {
        credit = default;
        DispatchResult decreased = DecreaseBalance(who, value, precision, preservation, force, out Balance decrease);
        if (decreased.IsError) return decreased;
        DepositEvent(new BalancesEvent.Withdraw(who, decrease));
        credit = new Credit(decrease);
        return DispatchResult.Ok;
    }

    /// <summary>Places a credit into <paramref name="who"/> (<c>Balanced::resolve</c>); false, with the credit untouched, when it cannot be deposited exactly.</summary>
    public bool Resolve(in AccountId32 who, Credit credit)
    {
        if (credit.Amount.IsZero) return true;
        return Deposit(who, credit.Amount, Precision.Exact, out _).IsOk;
    }

    /// <summary>Pays a debt from <paramref name="who"/> (<c>Balanced::settle</c>); false, with the debt untouched, when the exact amount cannot be withdrawn.</summary>
    public bool Settle(in AccountId32 who, Debt debt, Preservation preservation)
    {
        if (debt.Amount.IsZero) return true;
        return Withdraw(who, debt.Amount, Precision.Exact, preservation, Fortitude.Polite, out _).IsOk;
    }

    /// <summary>Drops an unplaced credit: the funds are destroyed and the total issuance falls (<c>DecreaseIssuance</c>).</summary>
    public void DropCredit(Credit credit)
    {
        if (!credit.Amount.IsZero) TotalIssuance.Set(TotalIssuance.Get().SaturatingSub(credit.Amount));
    }

    /// <summary>Drops an unsettled debt: the funds stay and the total issuance rises (<c>IncreaseIssuance</c>).</summary>
    public void DropDebt(Debt debt)
    {
        if (!debt.Amount.IsZero) TotalIssuance.Set(TotalIssuance.Get().SaturatingAdd(debt.Amount));
    }

    /// <summary>System's <c>can_dec_provider</c> on the account as read.</summary>
    private static bool CanDecProvider(in AccountInfo info) => info.Consumers == 0 || info.Providers > 1;

    /// <summary><c>DepositConsequence::into_result</c>.</summary>
    public static DispatchError DepositError(DepositConsequence consequence) => consequence switch
    {
        DepositConsequence.BelowMinimum => DispatchError.Token(TokenError.BelowMinimum),
        DepositConsequence.CannotCreate => DispatchError.Token(TokenError.CannotCreate),
        DepositConsequence.UnknownAsset => DispatchError.Token(TokenError.UnknownAsset),
        DepositConsequence.Overflow => DispatchError.Arithmetic(ArithmeticError.Overflow),
        DepositConsequence.Blocked => DispatchError.Token(TokenError.Blocked),
        _ => throw new ArgumentOutOfRangeException(nameof(consequence), consequence, "Success is not an error."),
    };
}
