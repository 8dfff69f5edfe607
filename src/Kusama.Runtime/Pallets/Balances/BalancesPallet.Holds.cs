using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Balances;

// fungible::hold::{Inspect, Unbalanced, Mutate, Balanced}: holds are reserved balance kept per RuntimeHoldReason, at most
// one entry per reason (VariantCountOf<RuntimeHoldReason> entries). They count toward `reserved`.
public sealed partial class BalancesPallet
{
    /// <summary>The amount on hold for <paramref name="reason"/> (<c>balance_on_hold</c>).</summary>
    public Balance BalanceOnHold(RuntimeHoldReason reason, in AccountId32 who)
    {
        foreach (IdAmount<RuntimeHoldReason> hold in Holds.Get(who))
            if (hold.Id == reason) return hold.Amount;
        return Balance.Zero;
    }

    /// <summary>The reserved balance that may leave without breaking freezes, unless forced (<c>reducible_total_balance_on_hold</c>).</summary>
    public Balance ReducibleTotalBalanceOnHold(in AccountId32 who, Fortitude force)
    {
        AccountData a = AccountOf(who);
        // Freezes apply to the total, so the free balance covers part of what the reserve must back.
        Balance unavailable = force == Fortitude.Force ? Balance.Zero : a.Frozen.SaturatingSub(a.Free);
        return a.Reserved.SaturatingSub(unavailable);
    }

    /// <summary>Whether a hold for <paramref name="reason"/> can be placed on <paramref name="who"/> (<c>hold_available</c>).</summary>
    public bool HoldAvailable(RuntimeHoldReason reason, in AccountId32 who)
    {
        if (_system.Providers(who) == 0) return false;
        IdAmount<RuntimeHoldReason>[] holds = Holds.Get(who);
        return holds.Length < Config.MaxHolds || IndexOfHold(holds, reason) >= 0;
    }

    /// <summary>Checks that <paramref name="amount"/> can be put on hold (<c>ensure_can_hold</c>).</summary>
    public DispatchResult EnsureCanHold(RuntimeHoldReason reason, in AccountId32 who, Balance amount)
    {
        if (!HoldAvailable(reason, who)) return DispatchError.Token(TokenError.CannotCreateHold);
        if (amount > ReducibleBalance(who, Preservation.Protect, Fortitude.Force)) return DispatchError.Token(TokenError.FundsUnavailable);
        return DispatchResult.Ok;
    }

    /// <summary>Sets the hold for <paramref name="reason"/> to <paramref name="amount"/>, adjusting reserved to match (<c>set_balance_on_hold</c>).</summary>
    public DispatchResult SetBalanceOnHold(RuntimeHoldReason reason, in AccountId32 who, Balance amount)
    {
        AccountData newAccount = AccountOf(who);
        IdAmount<RuntimeHoldReason>[] holds = Holds.Get(who);
        bool increase = true;
        Balance delta = amount;
        int i = IndexOfHold(holds, reason);
        if (i >= 0)
        {
            Balance current = holds[i].Amount;
            delta = Balance.Max(current, amount) - Balance.Min(current, amount);
            increase = amount > current;
            holds[i] = holds[i] with { Amount = amount };
            if (amount.IsZero) holds = RemoveAt(holds, i);
        }
        else if (!amount.IsZero)
        {
            if (holds.Length >= Config.MaxHolds) return Error(BalancesError.TooManyHolds);
            holds = [.. holds, new IdAmount<RuntimeHoldReason>(reason, amount)];
        }

        if (increase)
        {
            if (newAccount.Reserved.CheckedAdd(delta) is not { } reserved) return DispatchError.Arithmetic(ArithmeticError.Overflow);
            newAccount = newAccount with { Reserved = reserved };
        }
        else
        {
            if (newAccount.Reserved.CheckedSub(delta) is not { } reserved) return DispatchError.Arithmetic(ArithmeticError.Underflow);
            newAccount = newAccount with { Reserved = reserved };
        }

        AccountData before = LoadAccount(who, out bool isNew);
        DispatchResult stored = StoreAccount(who, before, isNew, newAccount with { Flags = before.Flags }, out _);
        if (stored.IsError) return stored;
        Holds.Set(who, holds);
        return DispatchResult.Ok;
    }

    /// <summary>Lowers the hold for <paramref name="reason"/> (<c>decrease_balance_on_hold</c>).</summary>
    public DispatchResult DecreaseBalanceOnHold(RuntimeHoldReason reason, in AccountId32 who, Balance amount, Precision precision, out Balance actual)
    {
        actual = Balance.Zero;
        Balance oldBalance = BalanceOnHold(reason, who);
        if (precision == Precision.BestEffort) amount = Balance.Min(amount, oldBalance);
        if (oldBalance.CheckedSub(amount) is not { } newBalance) return DispatchError.Token(TokenError.FundsUnavailable);
        DispatchResult set = SetBalanceOnHold(reason, who, newBalance);
        if (set.IsError) return set;
        actual = amount;
        return DispatchResult.Ok;
    }

    /// <summary>Raises the hold for <paramref name="reason"/> (<c>increase_balance_on_hold</c>).</summary>
    public DispatchResult IncreaseBalanceOnHold(RuntimeHoldReason reason, in AccountId32 who, Balance amount, Precision precision, out Balance actual)
    {
        actual = Balance.Zero;
        Balance oldBalance = BalanceOnHold(reason, who);
        Balance newBalance;
        if (precision == Precision.BestEffort) newBalance = oldBalance.SaturatingAdd(amount);
        else if (oldBalance.CheckedAdd(amount) is { } sum) newBalance = sum;
        else return DispatchError.Arithmetic(ArithmeticError.Overflow);
        Balance delta = newBalance.SaturatingSub(oldBalance);
        if (!delta.IsZero)
        {
            DispatchResult set = SetBalanceOnHold(reason, who, newBalance);
            if (set.IsError) return set;
        }
        actual = delta;
        return DispatchResult.Ok;
    }

    /// <summary>Moves <paramref name="amount"/> of free balance on hold for <paramref name="reason"/> (<c>hold</c>).</summary>
    public DispatchResult Hold(RuntimeHoldReason reason, in AccountId32 who, Balance amount)
    {
        DispatchResult can = EnsureCanHold(reason, who, amount);
        if (can.IsError) return can;
        DispatchResult decreased = DecreaseBalance(who, amount, Precision.Exact, Preservation.Protect, Fortitude.Force, out _);
        if (decreased.IsError) return decreased;
        return IncreaseBalanceOnHold(reason, who, amount, Precision.BestEffort, out _);
    }

    /// <summary>Returns up to <paramref name="amount"/> held for <paramref name="reason"/> to the free balance (<c>release</c>).</summary>
    public DispatchResult Release(RuntimeHoldReason reason, in AccountId32 who, Balance amount, Precision precision, out Balance actual)
    {
        actual = Balance.Zero;
        if (CanDeposit(who, amount, Provenance.Extant) != DepositConsequence.Success) return DispatchError.Token(TokenError.CannotCreate);
        DispatchResult decreased = DecreaseBalanceOnHold(reason, who, amount, precision, out Balance taken);
        if (decreased.IsError) return decreased;
        return IncreaseBalance(who, taken, Precision.BestEffort, out actual);
    }

    /// <summary>Releases everything held for <paramref name="reason"/> (<c>release_all</c>).</summary>
    public DispatchResult ReleaseAll(RuntimeHoldReason reason, in AccountId32 who, Precision precision, out Balance actual) =>
        Release(reason, who, BalanceOnHold(reason, who), precision, out actual);

    /// <summary>Holds or releases so that exactly <paramref name="amount"/> is held for <paramref name="reason"/> (<c>set_on_hold</c>).</summary>
    public DispatchResult SetOnHold(RuntimeHoldReason reason, in AccountId32 who, Balance amount)
    {
        Balance current = BalanceOnHold(reason, who);
        if (current < amount) return Hold(reason, who, amount - current);
        if (current > amount) return Release(reason, who, current - amount, Precision.Exact, out _);
        return DispatchResult.Ok;
    }

    /// <summary>Destroys held funds, lowering the total issuance (<c>burn_held</c>).</summary>
    public DispatchResult BurnHeld(RuntimeHoldReason reason, in AccountId32 who, Balance amount, Precision precision, Fortitude force, out Balance actual)
    {
        actual = Balance.Zero;
        Balance liquid = ReducibleTotalBalanceOnHold(who, force);
        if (precision == Precision.BestEffort) amount = Balance.Min(amount, liquid);
        else if (amount > liquid) return DispatchError.Token(TokenError.Frozen);
        DispatchResult decreased = DecreaseBalanceOnHold(reason, who, amount, precision, out actual);
        if (decreased.IsError) return decreased;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingSub(actual));
        return DispatchResult.Ok;
    }

    /// <summary>Destroys everything held for <paramref name="reason"/> (<c>burn_all_held</c>).</summary>
    public DispatchResult BurnAllHeld(RuntimeHoldReason reason, in AccountId32 who, Precision precision, Fortitude force, out Balance actual) =>
        BurnHeld(reason, who, BalanceOnHold(reason, who), precision, force, out actual);

    /// <summary>Moves held funds to <paramref name="dest"/>, free or still on hold (<c>transfer_on_hold</c>).</summary>
    public DispatchResult TransferOnHold(
        RuntimeHoldReason reason, in AccountId32 source, in AccountId32 dest, Balance amount, Precision precision, Restriction mode, Fortitude force, out Balance actual)
    {
        actual = Balance.Zero;
        Balance have = BalanceOnHold(reason, source);
        Balance liquid = ReducibleTotalBalanceOnHold(source, force);
        if (precision == Precision.BestEffort) amount = Balance.Min(Balance.Min(amount, liquid), have);
        else
        {
            if (amount > liquid) return DispatchError.Token(TokenError.Frozen);
            if (amount > have) return DispatchError.Token(TokenError.FundsUnavailable);
        }
        if (CanDeposit(dest, amount, Provenance.Extant) != DepositConsequence.Success) return DispatchError.Token(TokenError.CannotCreate);
        if (mode == Restriction.OnHold && !HoldAvailable(reason, dest)) return DispatchError.Token(TokenError.CannotCreateHold);
        DispatchResult decreased = DecreaseBalanceOnHold(reason, source, amount, precision, out amount);
        if (decreased.IsError) return decreased;
        return mode == Restriction.OnHold
            ? IncreaseBalanceOnHold(reason, dest, amount, precision, out actual)
            : IncreaseBalance(dest, amount, precision, out actual);
    }

    /// <summary>Moves free funds of <paramref name="source"/> onto a hold in <paramref name="dest"/> (<c>transfer_and_hold</c>); may fail after a partial change, so run it in a storage layer.</summary>
    public DispatchResult TransferAndHold(
        RuntimeHoldReason reason, in AccountId32 source, in AccountId32 dest, Balance amount, Precision precision, Preservation expendability, Fortitude force, out Balance actual)
    {
        actual = Balance.Zero;
        if (!HoldAvailable(reason, dest)) return DispatchError.Token(TokenError.CannotCreateHold);
        if (CanDeposit(dest, amount, Provenance.Extant) != DepositConsequence.Success) return DispatchError.Token(TokenError.CannotCreate);
        DispatchResult decreased = DecreaseBalance(source, amount, precision, expendability, force, out actual);
        if (decreased.IsError) return decreased;
        return IncreaseBalanceOnHold(reason, dest, actual, precision, out _);
    }

    /// <summary>Takes up to <paramref name="amount"/> from the hold for <paramref name="reason"/> as a credit (hold <c>Balanced::slash</c>); returns what could not be slashed.</summary>
    public Balance Slash(RuntimeHoldReason reason, in AccountId32 who, Balance amount, out Credit credit)
    {
        Balance decrease = DecreaseBalanceOnHold(reason, who, amount, Precision.BestEffort, out Balance taken).IsOk ? taken : Balance.Zero;
        credit = new Credit(decrease);
        return amount.SaturatingSub(decrease);
    }

    private static int IndexOfHold(IdAmount<RuntimeHoldReason>[] holds, RuntimeHoldReason reason)
    {
        for (int i = 0; i < holds.Length; i++)
            if (holds[i].Id == reason) return i;
        return -1;
    }

    private static T[] RemoveAt<T>(T[] items, int index)
    {
        var result = new T[items.Length - 1];
        items.AsSpan(0, index).CopyTo(result);
        items.AsSpan(index + 1).CopyTo(result.AsSpan(index));
        return result;
    }
}
