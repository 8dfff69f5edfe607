using Kusama.Core;

namespace Kusama.Runtime.Pallets.Balances;

// LockableCurrency: legacy locks (vesting, conviction voting) by 8-byte id. MaxLocks is not enforced, as in FRAME (a
// WeakBoundedVec); frozen is the largest lock or freeze.
public sealed partial class BalancesPallet
{
    /// <summary>Sets or replaces the lock <paramref name="id"/>; zero or no reasons removes it (<c>set_lock</c>).</summary>
    public void SetLock(ulong id, in AccountId32 who, Balance amount, WithdrawReasons reasons)
    {
        if (reasons == WithdrawReasons.None || amount.IsZero)
        {
            RemoveLock(id, who);
            return;
        }
        var lockValue = new BalanceLock(id, amount, BalanceLock.ReasonsFrom(reasons));
        BalanceLock[] locks = Locks.Get(who);
        int i = IndexOfLock(locks, id);
        if (i >= 0) locks[i] = lockValue;
        else locks = [.. locks, lockValue];
        UpdateLocks(who, locks);
    }

    /// <summary>Extends the lock <paramref name="id"/> to the larger amount and the union of reasons, or adds it (<c>extend_lock</c>).</summary>
    public void ExtendLock(ulong id, in AccountId32 who, Balance amount, WithdrawReasons reasons)
    {
        if (amount.IsZero || reasons == WithdrawReasons.None) return;
        Reasons newReasons = BalanceLock.ReasonsFrom(reasons);
        BalanceLock[] locks = Locks.Get(who);
        int i = IndexOfLock(locks, id);
        if (i >= 0)
            locks[i] = new BalanceLock(id, Balance.Max(locks[i].Amount, amount), BalanceLock.Union(locks[i].Reasons, newReasons));
        else
            locks = [.. locks, new BalanceLock(id, amount, newReasons)];
        UpdateLocks(who, locks);
    }

    /// <summary>Removes the lock <paramref name="id"/> (<c>remove_lock</c>).</summary>
    public void RemoveLock(ulong id, in AccountId32 who)
    {
        BalanceLock[] locks = Locks.Get(who);
        int i = IndexOfLock(locks, id);
        if (i >= 0) locks = RemoveAt(locks, i);
        UpdateLocks(who, locks);
    }

    /// <summary>The amount locked under <paramref name="id"/> (<c>balance_locked</c>).</summary>
    public Balance BalanceLocked(ulong id, in AccountId32 who)
    {
        Balance total = Balance.Zero;
        foreach (BalanceLock l in Locks.Get(who))
            if (l.Id == id) total += l.Amount;
        return total;
    }

    /// <summary>Recomputes <c>frozen</c> from <paramref name="locks"/> and freezes, stores the locks and deposits <c>Locked</c>/<c>Unlocked</c> (<c>update_locks</c>).</summary>
    private void UpdateLocks(in AccountId32 who, BalanceLock[] locks)
    {
        IdAmount<RuntimeFreezeReason>[] freezes = Freezes.Get(who);
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        Balance frozen = Balance.Zero;
        foreach (BalanceLock l in locks) frozen = Balance.Max(frozen, l.Amount);
        foreach (IdAmount<RuntimeFreezeReason> f in freezes) frozen = Balance.Max(frozen, f.Amount);
        // FRAME asserts (debug only) that this cannot fail: the main balance is not altered.
        _ = MutateAccountHandlingDust(who, account with { Frozen = frozen }, before, isNew);
        if (locks.Length == 0) Locks.Remove(who);
        else Locks.Set(who, locks);
        if (before.Frozen > frozen) DepositEvent(new BalancesEvent.Unlocked(who, before.Frozen - frozen));
        else if (frozen > before.Frozen) DepositEvent(new BalancesEvent.Locked(who, frozen - before.Frozen));
    }

    private static int IndexOfLock(BalanceLock[] locks, ulong id)
    {
        for (int i = 0; i < locks.Length; i++)
            if (locks[i].Id == id) return i;
        return -1;
    }
}
