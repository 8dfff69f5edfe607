using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.System;

// Account reference counting, as frame_system does it: providers keep an account alive, consumers depend on it staying
// alive, sufficients let it exist on its own. An account exists while providers + sufficients > 0.
public sealed partial class SystemPallet
{
    public uint Providers(in AccountId32 who) => Account.Get(who).Providers;

    public uint Consumers(in AccountId32 who) => Account.Get(who).Consumers;

    public uint Sufficients(in AccountId32 who) => Account.Get(who).Sufficients;

    /// <summary>True when the account exists (has a storage entry).</summary>
    public bool AccountExists(in AccountId32 who) => Account.Contains(who);

    /// <summary>Adds a provider reference, creating the account when it had none.</summary>
    public IncRefStatus IncProviders(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        if (info.Providers == 0 && info.Sufficients == 0)
        {
            Account.Set(who, info with { Providers = 1 });
            OnCreatedAccount(who);
            return IncRefStatus.Created;
        }
        Account.Set(who, info with { Providers = SaturatingIncrement(info.Providers) });
        return IncRefStatus.Existed;
    }

    /// <summary>Removes a provider reference; reaps the account when it was the last reference, refuses while consumers remain.</summary>
    public bool DecProviders(in AccountId32 who, out DecRefStatus status, out DispatchError error)
    {
        error = default;
        if (!Account.TryGet(who, out AccountInfo info))
        {
            // frame_system logs "Logic error: Account already dead when reducing provider" and reports Reaped.
            status = DecRefStatus.Reaped;
            return true;
        }
        uint providers = info.Providers == 0 ? 1 : info.Providers;
        if (providers == 1 && info.Consumers == 0 && info.Sufficients == 0)
        {
            Account.Remove(who);
            OnKilledAccount(who);
            status = DecRefStatus.Reaped;
            return true;
        }
        if (providers == 1 && info.Consumers > 0)
        {
            status = DecRefStatus.Exists;
            error = DispatchError.ConsumerRemaining;
            return false;
        }
        Account.Set(who, info with { Providers = providers - 1 });
        status = DecRefStatus.Exists;
        return true;
    }

    /// <summary>Adds a self-sufficient reference, creating the account when it had none.</summary>
    public IncRefStatus IncSufficients(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        if (info.Providers + info.Sufficients == 0)
        {
            Account.Set(who, info with { Sufficients = 1 });
            OnCreatedAccount(who);
            return IncRefStatus.Created;
        }
        Account.Set(who, info with { Sufficients = SaturatingIncrement(info.Sufficients) });
        return IncRefStatus.Existed;
    }

    /// <summary>Removes a self-sufficient reference; reaps the account when nothing else keeps it.</summary>
    public DecRefStatus DecSufficients(in AccountId32 who)
    {
        if (!Account.TryGet(who, out AccountInfo info)) return DecRefStatus.Reaped;
        uint sufficients = info.Sufficients == 0 ? 1 : info.Sufficients;
        if ((sufficients, info.Providers) is (0 or 1, 0))
        {
            Account.Remove(who);
            OnKilledAccount(who);
            return DecRefStatus.Reaped;
        }
        Account.Set(who, info with { Sufficients = sufficients - 1 });
        return DecRefStatus.Exists;
    }

    /// <summary>Adds a consumer reference; needs a provider and fewer than <see cref="SystemConfig.MaxConsumers"/> consumers.</summary>
    public DispatchResult IncConsumers(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        if (info.Providers == 0) return DispatchError.NoProviders;
        if (info.Consumers >= Config.MaxConsumers) return DispatchError.TooManyConsumers;
        Account.Set(who, info with { Consumers = info.Consumers + 1 });
        return DispatchResult.Ok;
    }

    /// <summary>Adds a consumer reference ignoring the consumer limit (still needs a provider).</summary>
    public DispatchResult IncConsumersWithoutLimit(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        if (info.Providers == 0) return DispatchError.NoProviders;
        Account.Set(who, info with { Consumers = SaturatingIncrement(info.Consumers) });
        return DispatchResult.Ok;
    }

    /// <summary>Removes a consumer reference (no-op at zero, which frame_system logs as a logic error).</summary>
    public void DecConsumers(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        if (info.Consumers > 0) Account.Set(who, info with { Consumers = info.Consumers - 1 });
        else Account.Set(who, info);
    }

    /// <summary>True when a provider reference may be removed without breaking a consumer.</summary>
    public bool CanDecProvider(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        return info.Consumers == 0 || info.Providers > 1;
    }

    /// <summary>True when a consumer reference may be added.</summary>
    public bool CanIncConsumer(in AccountId32 who)
    {
        AccountInfo info = Account.Get(who);
        return info.Providers > 0 && info.Consumers < Config.MaxConsumers;
    }

    /// <summary>True when the account must keep a provider (it has consumers).</summary>
    public bool IsProviderRequired(in AccountId32 who) => Account.Get(who).Consumers != 0;

    // on_created_account / on_killed_account: Kusama's OnNewAccount and OnKilledAccount handlers are (), so only the events remain.
    private void OnCreatedAccount(in AccountId32 who)
    {
        DepositEvent(new SystemEvent.NewAccount(who));
    }

    private void OnKilledAccount(in AccountId32 who)
    {
        DepositEvent(new SystemEvent.KilledAccount(who));
    }

    private static uint SaturatingIncrement(uint value) => value == uint.MaxValue ? value : value + 1;
}
