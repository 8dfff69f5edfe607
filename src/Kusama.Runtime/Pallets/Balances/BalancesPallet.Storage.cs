using Kusama.Core;
using Kusama.Frame.Storage;
using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.Balances;

// pallet_balances' storage, in Kusama's metadata order. Item names are the storage keys' second part: never rename.
public sealed partial class BalancesPallet
{
    /// <summary>The total units issued in the system.</summary>
    public StorageValue<Balance, BalanceCodec> TotalIssuance { get; private set; } = null!;

    /// <summary>The total units of outstanding deactivated balance in the system.</summary>
    public StorageValue<Balance, BalanceCodec> InactiveIssuance { get; private set; } = null!;

    /// <summary>The Balances pallet example of storing the balance of an account.</summary>
    /// <remarks>Kusama's <c>AccountStore</c> is System: balances live in <c>System.Account</c>'s data and this map stays empty (kept for metadata).</remarks>
    public StorageMap<AccountId32, AccountData, AccountId32Codec, AccountData, Blake2_128Concat> Account { get; private set; } = null!;

    /// <summary>Any liquidity locks on some account balances.</summary>
    public StorageMap<AccountId32, BalanceLock[], AccountId32Codec, VecCodec<BalanceLock, BalanceLock>, Blake2_128Concat> Locks { get; private set; } = null!;

    /// <summary>Named reserves on some account balances.</summary>
    public StorageMap<AccountId32, ReserveData[], AccountId32Codec, VecCodec<ReserveData, ReserveData>, Blake2_128Concat> Reserves { get; private set; } = null!;

    /// <summary>Holds on account balances.</summary>
    public StorageMap<AccountId32, IdAmount<RuntimeHoldReason>[], AccountId32Codec, VecCodec<IdAmount<RuntimeHoldReason>, IdAmount<RuntimeHoldReason>>, Blake2_128Concat> Holds { get; private set; } = null!;

    /// <summary>Freeze locks on account balances.</summary>
    public StorageMap<AccountId32, IdAmount<RuntimeFreezeReason>[], AccountId32Codec, VecCodec<IdAmount<RuntimeFreezeReason>, IdAmount<RuntimeFreezeReason>>, Blake2_128Concat> Freezes { get; private set; } = null!;

    private void InitializeStorage(IStorage storage)
    {
        const string prefix = "Balances";
        TotalIssuance = new(storage, prefix, nameof(TotalIssuance), Balance.Zero);
        InactiveIssuance = new(storage, prefix, nameof(InactiveIssuance), Balance.Zero);
        Account = new(storage, prefix, nameof(Account), AccountData.Default);
        Locks = new(storage, prefix, nameof(Locks), []);
        Reserves = new(storage, prefix, nameof(Reserves), []);
        Holds = new(storage, prefix, nameof(Holds), []);
        Freezes = new(storage, prefix, nameof(Freezes), []);
    }
}
