using Kusama.Core;
using Kusama.Frame;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Storage;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>
/// pallet_balances (native instance): free, reserved and frozen balances kept in <c>System.Account</c>, existence by
/// existential deposit, total issuance, reserves, locks, holds and freezes, and the fungible/Currency interfaces other
/// pallets build on.
/// </summary>
public sealed partial class BalancesPallet : IPallet
{
    private readonly SystemPallet _system;

    public BalancesPallet(IStorage storage, BalancesConfig config, SystemPallet system, byte index = KusamaRuntime.BalancesIndex)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(system);
        Storage = storage;
        Config = config;
        _system = system;
        Index = index;
        InitializeStorage(storage);
    }

    public byte Index { get; }

    public string Name => "Balances";

    public BalancesConfig Config { get; }

    /// <summary>The storage the pallet reads and writes (the block being executed).</summary>
    public IStorage Storage { get; }

    /// <summary>The existential deposit (fungible <c>minimum_balance</c>).</summary>
    public Balance ExistentialDeposit => Config.ExistentialDeposit;

    /// <summary>This pallet's module error.</summary>
    public DispatchError Error(BalancesError error) => DispatchError.Module(Index, (byte)error);

    private void DepositEvent(BalancesEvent @event) => _system.DepositEvent(new RuntimeEvent.Balances(@event));
}
