using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Balances;

// ReservableCurrency and NamedReservableCurrency (impl_currency.rs): anonymous and named reserves, part of `reserved`.
// Named reserves are kept sorted by id, as FRAME's binary search needs.
public sealed partial class BalancesPallet
{
    /// <summary>Whether <paramref name="value"/> can be reserved while keeping ED free and respecting freezes (<c>can_reserve</c>).</summary>
    public bool CanReserve(in AccountId32 who, Balance value)
    {
        if (value.IsZero) return true;
        return AccountOf(who).Free.CheckedSub(value) is { } newBalance
            && newBalance >= ExistentialDeposit
            && EnsureCanWithdraw(who, value, WithdrawReasons.Reserve, newBalance).IsOk;
    }

    /// <summary>Moves <paramref name="value"/> from free to reserved (<c>reserve</c>): deposits <c>Reserved</c>.</summary>
    public DispatchResult Reserve(in AccountId32 who, Balance value)
    {
        if (value.IsZero) return DispatchResult.Ok;
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        if (account.Free.CheckedSub(value) is not { } free) return Error(BalancesError.InsufficientBalance);
        if (account.Reserved.CheckedAdd(value) is not { } reserved) return DispatchError.Arithmetic(ArithmeticError.Overflow);
        DispatchResult can = EnsureCanWithdraw(who, value, WithdrawReasons.Reserve, free);
        if (can.IsError) return can;
        DispatchResult stored = MutateAccountHandlingDust(who, account with { Free = free, Reserved = reserved }, before, isNew);
        if (stored.IsError) return stored;
        DepositEvent(new BalancesEvent.Reserved(who, value));
        return DispatchResult.Ok;
    }

    /// <summary>Moves up to <paramref name="value"/> from reserved to free (<c>unreserve</c>): deposits <c>Unreserved</c>; returns what could not be unreserved.</summary>
    public Balance Unreserve(in AccountId32 who, Balance value)
    {
        if (value.IsZero) return Balance.Zero;
        if (TotalBalance(who).IsZero) return value;
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        Balance actual = Balance.Min(account.Reserved, value);
        account = account with { Reserved = account.Reserved - actual, Free = account.Free.SaturatingAdd(actual) };
        if (MutateAccountHandlingDust(who, account, before, isNew).IsError) return value;
        DepositEvent(new BalancesEvent.Unreserved(who, actual));
        return value - actual;
    }

    /// <summary>Destroys up to <paramref name="value"/> of reserved balance (<c>slash_reserved</c>): deposits <c>Slashed</c>; returns what could not be slashed.</summary>
    public Balance SlashReserved(in AccountId32 who, Balance value, out NegativeImbalance imbalance)
    {
        imbalance = default;
        if (value.IsZero) return Balance.Zero;
        if (TotalBalance(who).IsZero) return value;
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        Balance actual = Balance.Min(value, account.Reserved);
        if (MutateAccountHandlingDust(who, account with { Reserved = account.Reserved - actual }, before, isNew).IsError) return value;
        imbalance = new NegativeImbalance(actual);
        DepositEvent(new BalancesEvent.Slashed(who, actual));
        return value - actual;
    }

    /// <summary>Moves reserved funds of <paramref name="slashed"/> to <paramref name="beneficiary"/>'s free or reserved balance, best effort (<c>repatriate_reserved</c>); returns what was not moved.</summary>
    public DispatchResult RepatriateReserved(in AccountId32 slashed, in AccountId32 beneficiary, Balance value, Status status, out Balance remaining)
    {
        remaining = value;
        DispatchResult moved = DoTransferReserved(slashed, beneficiary, value, Precision.BestEffort, Fortitude.Polite, status, out Balance actual);
        if (moved.IsError) return moved;
        remaining = value.SaturatingSub(actual);
        return DispatchResult.Ok;
    }

    /// <summary>Moves reserved balance between accounts (<c>do_transfer_reserved</c>): deposits <c>ReserveRepatriated</c>; the beneficiary must exist.</summary>
    public DispatchResult DoTransferReserved(
        in AccountId32 slashed, in AccountId32 beneficiary, Balance value, Precision precision, Fortitude fortitude, Status status, out Balance actual)
    {
        actual = Balance.Zero;
        if (value.IsZero) return DispatchResult.Ok;
        Balance max = ReducibleTotalBalanceOnHold(slashed, fortitude);
        Balance amount = precision == Precision.BestEffort ? Balance.Min(value, max) : value;
        if (amount > max) return DispatchError.Token(TokenError.FundsUnavailable);
        if (slashed == beneficiary)
        {
            actual = status == Status.Free ? amount.SaturatingSub(Unreserve(slashed, amount)) : amount;
            return DispatchResult.Ok;
        }

        // FRAME nests the two account mutations: the beneficiary's is opened first, the slashed one's stored inside it.
        AccountData to = LoadAccount(beneficiary, out bool toIsNew);
        AccountData toBefore = to;
        if (toIsNew) return Error(BalancesError.DeadAccount);
        AccountData fromAccount = LoadAccount(slashed, out bool fromIsNew);
        AccountData fromBefore = fromAccount;
        if (status == Status.Free)
        {
            if (to.Free.CheckedAdd(amount) is not { } free) return DispatchError.Arithmetic(ArithmeticError.Overflow);
            to = to with { Free = free };
        }
        else
        {
            if (to.Reserved.CheckedAdd(amount) is not { } reserved) return DispatchError.Arithmetic(ArithmeticError.Overflow);
            to = to with { Reserved = reserved };
        }
        fromAccount = fromAccount with { Reserved = fromAccount.Reserved.SaturatingSub(amount) };
        DispatchResult storedFrom = StoreAccount(slashed, fromBefore, fromIsNew, fromAccount, out Balance dustFrom);
        if (storedFrom.IsError) return storedFrom;
        DispatchResult storedTo = StoreAccount(beneficiary, toBefore, toIsNew, to, out Balance dustTo);
        if (storedTo.IsError) return storedTo;
        HandleRawDust(dustFrom);
        HandleRawDust(dustTo);
        DepositEvent(new BalancesEvent.ReserveRepatriated(slashed, beneficiary, amount, status));
        actual = amount;
        return DispatchResult.Ok;
    }

    /// <summary>The amount reserved under <paramref name="id"/> (<c>reserved_balance_named</c>).</summary>
    public Balance ReservedBalanceNamed(ulong id, in AccountId32 who)
    {
        ReserveData[] reserves = Reserves.Get(who);
        int i = SearchReserve(reserves, id);
        return i >= 0 ? reserves[i].Amount : Balance.Zero;
    }

    /// <summary>Reserves <paramref name="value"/> under <paramref name="id"/> (<c>reserve_named</c>).</summary>
    public DispatchResult ReserveNamed(ulong id, in AccountId32 who, Balance value)
    {
        if (value.IsZero) return DispatchResult.Ok;
        ReserveData[] reserves = Reserves.Get(who);
        int i = SearchReserve(reserves, id);
        if (i >= 0)
        {
            if (reserves[i].Amount.CheckedAdd(value) is not { } sum) return DispatchError.Arithmetic(ArithmeticError.Overflow);
            reserves[i] = reserves[i] with { Amount = sum };
        }
        else
        {
            if (reserves.Length >= Config.MaxReserves) return Error(BalancesError.TooManyReserves);
            reserves = InsertAt(reserves, ~i, new ReserveData(id, value));
        }
        DispatchResult reserved = Reserve(who, value);
        if (reserved.IsError) return reserved;
        Reserves.Set(who, reserves);
        return DispatchResult.Ok;
    }

    /// <summary>Unreserves up to <paramref name="value"/> from <paramref name="id"/> (<c>unreserve_named</c>); returns what could not be unreserved.</summary>
    public Balance UnreserveNamed(ulong id, in AccountId32 who, Balance value)
    {
        if (value.IsZero) return Balance.Zero;
        if (!Reserves.TryGet(who, out ReserveData[] reserves)) return value;
        int i = SearchReserve(reserves, id);
        if (i < 0) return value;
        Balance toChange = Balance.Min(reserves[i].Amount, value);
        Balance remain = Unreserve(who, toChange);
        Balance actual = toChange.SaturatingSub(remain);
        reserves[i] = reserves[i] with { Amount = reserves[i].Amount - actual };
        if (reserves[i].Amount.IsZero) reserves = RemoveAt(reserves, i);
        if (reserves.Length == 0) Reserves.Remove(who);
        else Reserves.Set(who, reserves);
        return value - actual;
    }

    /// <summary>Slashes up to <paramref name="value"/> from <paramref name="id"/> (<c>slash_reserved_named</c>); returns what could not be slashed.</summary>
    /// <remarks>As in FRAME, <c>Slashed</c> is deposited twice: by <c>slash_reserved</c> and again here.</remarks>
    public Balance SlashReservedNamed(ulong id, in AccountId32 who, Balance value, out NegativeImbalance imbalance)
    {
        imbalance = default;
        if (value.IsZero) return Balance.Zero;
        ReserveData[] reserves = Reserves.Get(who);
        int i = SearchReserve(reserves, id);
        if (i < 0)
        {
            // FRAME's `mutate` writes the (default) value back even when nothing changed.
            Reserves.Set(who, reserves);
            return value;
        }
        Balance toChange = Balance.Min(reserves[i].Amount, value);
        Balance remain = SlashReserved(who, toChange, out imbalance);
        Balance actual = toChange.SaturatingSub(remain);
        reserves[i] = reserves[i] with { Amount = reserves[i].Amount - actual };
        Reserves.Set(who, reserves);
        DepositEvent(new BalancesEvent.Slashed(who, actual));
        return value - actual;
    }

    /// <summary>Moves up to <paramref name="value"/> of the named reserve to <paramref name="beneficiary"/> (<c>repatriate_reserved_named</c>); with <see cref="Status.Reserved"/> it lands under the same id.</summary>
    public DispatchResult RepatriateReservedNamed(ulong id, in AccountId32 slashed, in AccountId32 beneficiary, Balance value, Status status, out Balance remaining)
    {
        remaining = Balance.Zero;
        if (value.IsZero) return DispatchResult.Ok;
        if (slashed == beneficiary)
        {
            remaining = status == Status.Free ? UnreserveNamed(id, slashed, value) : value.SaturatingSub(ReservedBalanceNamed(id, slashed));
            return DispatchResult.Ok;
        }
        ReserveData[] reserves = Reserves.Get(slashed);
        int i = SearchReserve(reserves, id);
        if (i < 0)
        {
            remaining = value;
            Reserves.Set(slashed, reserves);
            return DispatchResult.Ok;
        }
        Balance toChange = Balance.Min(reserves[i].Amount, value);
        Balance actual;
        if (status == Status.Reserved)
        {
            ReserveData[] theirs = Reserves.Get(beneficiary);
            int j = SearchReserve(theirs, id);
            DispatchResult moved = RepatriateReserved(slashed, beneficiary, toChange, status, out Balance remain);
            if (moved.IsError) return moved;
            actual = toChange.SaturatingSub(remain);
            if (j >= 0) theirs[j] = theirs[j] with { Amount = theirs[j].Amount.SaturatingAdd(actual) };
            else
            {
                if (theirs.Length >= Config.MaxReserves) return Error(BalancesError.TooManyReserves);
                theirs = InsertAt(theirs, ~j, new ReserveData(id, actual));
            }
            Reserves.Set(beneficiary, theirs);
        }
        else
        {
            DispatchResult moved = RepatriateReserved(slashed, beneficiary, toChange, status, out Balance remain);
            if (moved.IsError) return moved;
            actual = toChange.SaturatingSub(remain);
        }
        reserves[i] = reserves[i] with { Amount = reserves[i].Amount - actual };
        Reserves.Set(slashed, reserves);
        remaining = value - actual;
        return DispatchResult.Ok;
    }

    /// <summary>The index of <paramref name="id"/>, or the bitwise complement of where it would be inserted (Rust's <c>binary_search_by_key</c>).</summary>
    private static int SearchReserve(ReserveData[] reserves, ulong id)
    {
        int lo = 0, hi = reserves.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int c = ReserveData.CompareIds(reserves[mid].Id, id);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }

    private static T[] InsertAt<T>(T[] items, int index, T item)
    {
        var result = new T[items.Length + 1];
        items.AsSpan(0, index).CopyTo(result);
        result[index] = item;
        items.AsSpan(index).CopyTo(result.AsSpan(index + 1));
        return result;
    }
}
