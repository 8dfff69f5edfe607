using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Balances;

// fungible::freeze::{Inspect, Mutate}: freezes, at most MaxFreezes per account, one per RuntimeFreezeReason. Freezes and
// locks overlap: the account's `frozen` is the largest of them all, not their sum.
public sealed partial class BalancesPallet
{
    /// <summary>The amount frozen for <paramref name="id"/> (<c>balance_frozen</c>).</summary>
    public Balance BalanceFrozen(RuntimeFreezeReason id, in AccountId32 who)
    {
        foreach (IdAmount<RuntimeFreezeReason> freeze in Freezes.Get(who))
            if (freeze.Id == id) return freeze.Amount;
        return Balance.Zero;
    }

    /// <summary>Whether a freeze for <paramref name="id"/> can be set (<c>can_freeze</c>).</summary>
    public bool CanFreeze(RuntimeFreezeReason id, in AccountId32 who)
    {
        IdAmount<RuntimeFreezeReason>[] freezes = Freezes.Get(who);
        return freezes.Length < Config.MaxFreezes || IndexOfFreeze(freezes, id) >= 0;
    }

    /// <summary>Sets the freeze for <paramref name="id"/> to <paramref name="amount"/>; zero thaws it (<c>set_freeze</c>).</summary>
    public DispatchResult SetFreeze(RuntimeFreezeReason id, in AccountId32 who, Balance amount)
    {
        if (amount.IsZero) return Thaw(id, who);
        IdAmount<RuntimeFreezeReason>[] freezes = Freezes.Get(who);
        int i = IndexOfFreeze(freezes, id);
        if (i >= 0) freezes[i] = freezes[i] with { Amount = amount };
        else if (freezes.Length >= Config.MaxFreezes) return Error(BalancesError.TooManyFreezes);
        else freezes = [.. freezes, new IdAmount<RuntimeFreezeReason>(id, amount)];
        return UpdateFreezes(who, freezes);
    }

    /// <summary>Raises the freeze for <paramref name="id"/> to at least <paramref name="amount"/> (<c>extend_freeze</c>).</summary>
    public DispatchResult ExtendFreeze(RuntimeFreezeReason id, in AccountId32 who, Balance amount)
    {
        if (amount.IsZero) return DispatchResult.Ok;
        IdAmount<RuntimeFreezeReason>[] freezes = Freezes.Get(who);
        int i = IndexOfFreeze(freezes, id);
        if (i >= 0) freezes[i] = freezes[i] with { Amount = Balance.Max(freezes[i].Amount, amount) };
        else if (freezes.Length >= Config.MaxFreezes) return Error(BalancesError.TooManyFreezes);
        else freezes = [.. freezes, new IdAmount<RuntimeFreezeReason>(id, amount)];
        return UpdateFreezes(who, freezes);
    }

    /// <summary>Removes the freeze for <paramref name="id"/> (<c>thaw</c>).</summary>
    public DispatchResult Thaw(RuntimeFreezeReason id, in AccountId32 who)
    {
        IdAmount<RuntimeFreezeReason>[] freezes = Freezes.Get(who);
        int i = IndexOfFreeze(freezes, id);
        if (i >= 0) freezes = RemoveAt(freezes, i);
        return UpdateFreezes(who, freezes);
    }

    /// <summary>Recomputes <c>frozen</c> from locks and <paramref name="freezes"/>, stores the freezes and deposits <c>Frozen</c>/<c>Thawed</c> (<c>update_freezes</c>).</summary>
    private DispatchResult UpdateFreezes(in AccountId32 who, IdAmount<RuntimeFreezeReason>[] freezes)
    {
        AccountData account = LoadAccount(who, out bool isNew);
        AccountData before = account;
        Balance frozen = Balance.Zero;
        foreach (BalanceLock l in Locks.Get(who)) frozen = Balance.Max(frozen, l.Amount);
        foreach (IdAmount<RuntimeFreezeReason> f in freezes) frozen = Balance.Max(frozen, f.Amount);
        account = account with { Frozen = frozen };
        DispatchResult stored = MutateAccountHandlingDust(who, account, before, isNew);
        if (stored.IsError) return stored;
        if (freezes.Length == 0) Freezes.Remove(who);
        else Freezes.Set(who, freezes);
        if (before.Frozen > frozen) DepositEvent(new BalancesEvent.Thawed(who, before.Frozen - frozen));
        else if (frozen > before.Frozen) DepositEvent(new BalancesEvent.Frozen(who, frozen - before.Frozen));
        return DispatchResult.Ok;
    }

    private static int IndexOfFreeze(IdAmount<RuntimeFreezeReason>[] freezes, RuntimeFreezeReason id)
    {
        for (int i = 0; i < freezes.Length; i++)
            if (freezes[i].Id == id) return i;
        return -1;
    }
}
