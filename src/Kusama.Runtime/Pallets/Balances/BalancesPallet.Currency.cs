using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Balances;

// The legacy Currency trait (impl_currency.rs), still used by staking, vesting and treasury code. Its imbalances are
// plain values here: whoever receives one settles it or drops it through DropImbalance, as Rust's Drop would.
public sealed partial class BalancesPallet
{
    /// <summary>What can be transferred or reserved (<c>usable_balance</c>).</summary>
    public Balance UsableBalance(in AccountId32 who) => ReducibleBalance(who, Preservation.Expendable, Fortitude.Polite);

    /// <summary>What can pay transaction fees, keeping the account alive (<c>usable_balance_for_fees</c>).</summary>
    public Balance UsableBalanceForFees(in AccountId32 who) => ReducibleBalance(who, Preservation.Protect, Fortitude.Polite);

    /// <summary>Whether <paramref name="value"/> of free balance could be slashed (<c>can_slash</c>).</summary>
    public bool CanSlash(in AccountId32 who, Balance value) => value.IsZero || FreeBalance(who) >= value;

    /// <summary>Currency <c>issue</c>: raises the total issuance (saturating) and deposits <c>Issued</c>; the imbalance must be placed or dropped.</summary>
    public NegativeImbalance CurrencyIssue(Balance amount)
    {
        if (amount.IsZero) return default;
        Balance issued = TotalIssuance.Get();
        if (issued.CheckedAdd(amount) is { } sum) TotalIssuance.Set(sum);
        else
        {
            amount = Balance.MaxValue - issued;
            TotalIssuance.Set(Balance.MaxValue);
        }
        DepositEvent(new BalancesEvent.Issued(amount));
        return new NegativeImbalance(amount);
    }

    /// <summary>Currency <c>burn</c>: lowers the total issuance (saturating) and deposits <c>Rescinded</c>; the imbalance must be settled or dropped.</summary>
    public PositiveImbalance CurrencyBurn(Balance amount)
    {
        if (amount.IsZero) return default;
        Balance issued = TotalIssuance.Get();
        if (issued.CheckedSub(amount) is { } rest) TotalIssuance.Set(rest);
        else
        {
            amount = issued;
            TotalIssuance.Set(Balance.Zero);
        }
        DepositEvent(new BalancesEvent.Rescinded(amount));
        return new PositiveImbalance(amount);
    }

    /// <summary>Drops a positive imbalance: total issuance rises by it and <c>Issued</c> is deposited.</summary>
    public void DropImbalance(PositiveImbalance imbalance)
    {
        if (imbalance.Amount.IsZero) return;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingAdd(imbalance.Amount));
        DepositEvent(new BalancesEvent.Issued(imbalance.Amount));
    }

    /// <summary>Drops a negative imbalance: total issuance falls by it and <c>Rescinded</c> is deposited.</summary>
    public void DropImbalance(NegativeImbalance imbalance)
    {
        if (imbalance.Amount.IsZero) return;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingSub(imbalance.Amount));
        DepositEvent(new BalancesEvent.Rescinded(imbalance.Amount));
    }

    /// <summary>Checks that the free balance may fall to <paramref name="newBalance"/> given what is frozen (<c>ensure_can_withdraw</c>).</summary>
    public DispatchResult EnsureCanWithdraw(in AccountId32 who, Balance amount, WithdrawReasons reasons, Balance newBalance)
    {
        if (amount.IsZero) return DispatchResult.Ok;
        return newBalance >= AccountOf(who).Frozen ? DispatchResult.Ok : Error(BalancesError.LiquidityRestrictions);
    }

    /// <summary>Currency <c>transfer</c>: no-op for zero or to oneself, otherwise fungible transfer (KeepAlive = Preserve).</summary>
    public DispatchResult Transfer(in AccountId32 transactor, in AccountId32 dest, Balance value, ExistenceRequirement existenceRequirement)
    {
        if (value.IsZero || transactor == dest) return DispatchResult.Ok;
        Preservation keepAlive = existenceRequirement == ExistenceRequirement.KeepAlive ? Preservation.Preserve : Preservation.Expendable;
        return Transfer(transactor, dest, value, keepAlive);
    }

    /// <summary>
    /// Currency <c>slash</c>: takes up to <paramref name="value"/> from the free balance (keeping ED while a consumer needs
    /// the provider), deposits <c>Slashed</c>; returns what could not be slashed.
    /// </summary>
    public Balance Slash(in AccountId32 who, Balance value, out NegativeImbalance imbalance)
    {
        imbalance = default;
        if (value.IsZero) return Balance.Zero;
        if (TotalBalance(who).IsZero) return value;
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        Balance actual = _system.CanDecProvider(who)
            ? Balance.Min(value, account.Free)
            : Balance.Min(value, account.Free.SaturatingSub(ExistentialDeposit));
        account = account with { Free = account.Free.SaturatingSub(actual) };
        if (MutateAccountHandlingDust(who, account, before, isNew).IsError) return value;
        Balance remaining = value.SaturatingSub(actual);
        imbalance = new NegativeImbalance(actual);
        DepositEvent(new BalancesEvent.Slashed(who, value.SaturatingSub(remaining)));
        return remaining;
    }

    /// <summary>Currency <c>deposit_into_existing</c>: adds to an existing account's free balance, deposits <c>Deposit</c>.</summary>
    public DispatchResult DepositIntoExisting(in AccountId32 who, Balance value, out PositiveImbalance imbalance)
    {
        imbalance = default;
        if (value.IsZero) return DispatchResult.Ok;
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        if (isNew) return Error(BalancesError.DeadAccount);
        if (account.Free.CheckedAdd(value) is not { } free) return DispatchError.Arithmetic(ArithmeticError.Overflow);
        DepositEvent(new BalancesEvent.Deposit(who, value));
        DispatchResult stored = MutateAccountHandlingDust(who, account with { Free = free }, before, isNew);
        if (stored.IsError) return stored;
        imbalance = new PositiveImbalance(value);
        return DispatchResult.Ok;
    }

    /// <summary>Currency <c>deposit_creating</c>: adds to the free balance, creating the account when <paramref name="value"/> ≥ ED; a no-op otherwise.</summary>
    public PositiveImbalance DepositCreating(in AccountId32 who, Balance value)
    {
        if (value.IsZero) return default;
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        if (value < ExistentialDeposit && isNew) return default;
        // FRAME treats an overflow as a successful no-op (the unchanged account is still written).
        if (account.Free.CheckedAdd(value) is not { } free)
        {
            _ = MutateAccountHandlingDust(who, account, before, isNew);
            return default;
        }
        DepositEvent(new BalancesEvent.Deposit(who, value));
        return MutateAccountHandlingDust(who, account with { Free = free }, before, isNew).IsOk ? new PositiveImbalance(value) : default;
    }

    /// <summary>Currency <c>withdraw</c>: takes <paramref name="value"/> from the free balance, respecting freezes and <paramref name="liveness"/>; deposits <c>Withdraw</c>.</summary>
    public DispatchResult Withdraw(in AccountId32 who, Balance value, WithdrawReasons reasons, ExistenceRequirement liveness, out NegativeImbalance imbalance)
    {
        imbalance = default;
        if (value.IsZero) return DispatchResult.Ok;
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        if (account.Free.CheckedSub(value) is not { } newFree) return Error(BalancesError.InsufficientBalance);
        Balance ed = ExistentialDeposit;
        bool wouldKill = newFree < ed && account.Free >= ed;
        if (liveness == ExistenceRequirement.KeepAlive && wouldKill) return Error(BalancesError.Expendability);
        DispatchResult can = EnsureCanWithdraw(who, value, reasons, newFree);
        if (can.IsError) return can;
        DepositEvent(new BalancesEvent.Withdraw(who, value));
        DispatchResult stored = MutateAccountHandlingDust(who, account with { Free = newFree }, before, isNew);
        if (stored.IsError) return stored;
        imbalance = new NegativeImbalance(value);
        return DispatchResult.Ok;
    }

    /// <summary>Currency <c>make_free_balance_be</c>: forces the free balance, deposits <c>BalanceSet</c>; returns the signed difference as an imbalance pair (one of them zero).</summary>
    public (PositiveImbalance Positive, NegativeImbalance Negative) MakeFreeBalanceBe(in AccountId32 who, Balance value)
    {
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        if (value < ExistentialDeposit && isNew) return default;
        (PositiveImbalance, NegativeImbalance) imbalance = account.Free <= value
            ? (new PositiveImbalance(value - account.Free), default)
            : (default, new NegativeImbalance(account.Free - value));
        DepositEvent(new BalancesEvent.BalanceSet(who, value));
        return MutateAccountHandlingDust(who, account with { Free = value }, before, isNew).IsOk ? imbalance : default;
    }
}
