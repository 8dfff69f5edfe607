using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Pallets.Balances;

// Existence (pallet_balances try_mutate_account over System's StoredMap): the pallet holds a provider reference while
// free >= ED and a consumer reference while reserved or frozen is non-zero; an account whose free balance falls under ED
// with nothing reserved is reaped and its remaining free balance (the dust) is burned.
//
// A mutation is split in two so that no closure is allocated: LoadAccount (ensure_upgraded, then the data as the
// StoredMap's Option: default data reads as new) and StoreAccount (the reference changes, the dust and the write).
// Callers change a local copy in between and simply do not call StoreAccount when their closure would have failed.
public sealed partial class BalancesPallet
{
    /// <summary>The balances of <paramref name="who"/> (<c>AccountStore::get</c>).</summary>
    public AccountData AccountOf(in AccountId32 who) => _system.Account.Get(who).Data;

    /// <summary>
    /// Ensures <paramref name="who"/> is on the holds/freezes logic (sets the flag, adds the consumer reference a reserve
    /// needs and deposits <c>Upgraded</c>). True when it needed upgrading.
    /// </summary>
    public bool EnsureUpgraded(in AccountId32 who)
    {
        AccountData a = AccountOf(who);
        if (a.IsNewLogic) return false;
        a = a with { Flags = a.Flags | AccountData.NewLogicFlag };
        if (!a.Reserved.IsZero && a.Frozen.IsZero)
        {
            if (_system.Providers(who) == 0)
            {
                // FRAME's failsafe: a reserve with no provider reference gets an ED of free balance and a provider.
                a = a with { Free = Balance.Max(a.Free, ExistentialDeposit) };
                _system.IncProviders(who);
            }
            _ = _system.IncConsumersWithoutLimit(who);
        }
        WriteStoredData(who, a);
        DepositEvent(new BalancesEvent.Upgraded(who));
        return true;
    }

    /// <summary>Starts <c>try_mutate_account</c>: upgrades the account and reads its data; <paramref name="isNew"/> when the data is the default.</summary>
    private AccountData LoadAccount(in AccountId32 who, out bool isNew)
    {
        EnsureUpgraded(who);
        AccountData data = AccountOf(who);
        isNew = data == AccountData.Default;
        return data;
    }

    /// <summary>
    /// <see cref="LoadAccount(in AccountId32, out bool)"/> given <paramref name="stored"/>, the account as just read: an
    /// account already on the new logic needs neither the upgrade nor another read.
    /// </summary>
    private AccountData LoadAccount(in AccountId32 who, in AccountInfo stored, out bool isNew)
    {
        if (!stored.Data.IsNewLogic) return LoadAccount(who, out isNew);
        isNew = stored.Data == AccountData.Default;
        return stored.Data;
    }

    /// <summary>
    /// Finishes <c>try_mutate_account</c>: adjusts the provider and consumer references for <paramref name="account"/>
    /// (given what <paramref name="before"/> held), reaps below ED, writes through System and deposits <c>Endowed</c> /
    /// <c>DustLost</c>. The dust is returned for the caller to burn (<see cref="HandleDust"/>); the issuance is not touched.
    /// </summary>
    private DispatchResult StoreAccount(in AccountId32 who, in AccountData before, bool isNew, in AccountData account, out Balance dust) =>
        StoreAccount(who, before, isNew, account, out dust, stored: null);

    /// <summary>
    /// <see cref="StoreAccount(in AccountId32, in AccountData, bool, in AccountData, out Balance)"/> given
    /// <paramref name="stored"/>, the account as read when the mutation was loaded (nothing written since): when no
    /// reference changes, the write reuses it instead of reading the account again.
    /// </summary>
    private DispatchResult StoreAccount(in AccountId32 who, in AccountData before, bool isNew, in AccountData account, out Balance dust, AccountInfo? stored)
    {
        dust = Balance.Zero;
        Balance ed = ExistentialDeposit;
        bool didProvide = before.Free >= ed;
        bool didConsume = !isNew && (!before.Reserved.IsZero || !before.Frozen.IsZero);
        bool doesProvide = account.Free >= ed;
        bool doesConsume = !account.Reserved.IsZero || !account.Frozen.IsZero;

        // Any reference change writes the account: what was read before is stale from then on.
        if ((!didProvide && doesProvide) || didConsume != doesConsume || doesConsume || (didProvide && !doesProvide)) stored = null;
        if (!didProvide && doesProvide) _system.IncProviders(who);
        if (didConsume && !doesConsume) _system.DecConsumers(who);
        if (!didConsume && doesConsume)
        {
            DispatchResult inc = _system.IncConsumers(who);
            if (inc.IsError) return inc;
        }
        if (doesConsume && _system.Consumers(who) == 0)
        {
            // FRAME's failsafe for an account that should already hold a consumer reference.
            DispatchResult inc = _system.IncConsumers(who);
            if (inc.IsError) return inc;
        }
        if (didProvide && !doesProvide && !_system.DecProviders(who, out _, out DispatchError error))
        {
            // Best-effort revert of the consumer change, as FRAME does.
            if (didConsume && !doesConsume) _ = _system.IncConsumers(who);
            if (!didConsume && doesConsume) _system.DecConsumers(who);
            return error;
        }

        bool keep;
        if (account.Free < ed && account.Reserved.IsZero)
        {
            keep = false;
            dust = account.Free;
        }
        else
        {
            keep = true;
        }
        if (stored is { } unchanged) WriteStoredData(who, unchanged, keep ? account : AccountData.Default, remove: !keep);
        else WriteStoredData(who, keep ? account : AccountData.Default, remove: !keep);

        if (isNew) DepositEvent(new BalancesEvent.Endowed(who, account.Free));
        if (!dust.IsZero) DepositEvent(new BalancesEvent.DustLost(who, dust));
        return DispatchResult.Ok;
    }

    /// <summary>
    /// frame_system's <c>StoredMap::try_mutate_exists</c> write: the data is stored while the account has providers or
    /// sufficients, otherwise the whole entry goes.
    /// </summary>
    private void WriteStoredData(in AccountId32 who, in AccountData data, bool remove = false) =>
        WriteStoredData(who, _system.Account.Get(who), data, remove);

    /// <summary><see cref="WriteStoredData(in AccountId32, in AccountData, bool)"/> over <paramref name="info"/>, the account as stored now.</summary>
    private void WriteStoredData(in AccountId32 who, in AccountInfo info, in AccountData data, bool remove)
    {
        if (info.Providers > 0 || info.Sufficients > 0)
            _system.Account.Set(who, info with { Data = remove ? AccountData.Default : data });
        else
            _system.Account.Remove(who);
    }

    /// <summary><c>mutate_account</c> for mutations that cannot fail: load, apply, store, burn the dust.</summary>
    private DispatchResult MutateAccountHandlingDust(in AccountId32 who, in AccountData account, in AccountData before, bool isNew)
    {
        DispatchResult stored = StoreAccount(who, before, isNew, account, out Balance dust);
        if (stored.IsError) return stored;
        HandleRawDust(dust);
        return DispatchResult.Ok;
    }

    /// <summary><c>handle_dust</c> with <c>DustRemoval = ()</c>: the dust's credit is dropped, which burns it from the total issuance.</summary>
    private void HandleDust(Balance dust)
    {
        if (dust.IsZero) return;
        TotalIssuance.Set(TotalIssuance.Get().SaturatingSub(dust));
    }

    /// <summary><c>handle_raw_dust</c>: dust is at most ED − 1.</summary>
    private void HandleRawDust(Balance dust) => HandleDust(Balance.Min(dust, ExistentialDeposit.SaturatingSub(1UL)));
}
