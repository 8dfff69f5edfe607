using Kusama.Core;
using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Frame.Storage;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using static Kusama.Frame.Metadata.Building.TypeRegistry;

namespace Kusama.Runtime.Pallets.Balances;

// Derived from BalancesPallet's declarations: storage in BalancesPallet.Storage.cs, calls in BalancesPallet.Calls.cs, events
// in BalancesEvent.cs, errors in BalancesError.cs, constants in BalancesConfig.cs. Names, indices, type names and docs follow them.
public sealed partial class BalancesPallet
{
    /// <summary><c>pallet_balances::pallet::Call&lt;T, I&gt;</c>: one variant per [Call] method.</summary>
    public static uint CallType(TypeRegistry types)
    {
        uint lookup = types.MultiAddress();
        uint compactBalance = types.Compact(types.U128());
        uint @bool = types.Bool();
        return types.Variant(
            ["pallet_balances", "pallet", "Call"],
            [Param("T", null), Param("I", null)],
            [
                VariantOf("transfer_allow_death", 0, [Named("dest", lookup, "AccountIdLookupOf<T>"), Named("value", compactBalance, "T::Balance")],
                    ["Transfer some liquid free balance to another account."]),
                VariantOf("force_transfer", 2,
                    [Named("source", lookup, "AccountIdLookupOf<T>"), Named("dest", lookup, "AccountIdLookupOf<T>"), Named("value", compactBalance, "T::Balance")],
                    ["Exactly as `transfer_allow_death`, except the origin must be root and the source account may be specified."]),
                VariantOf("transfer_keep_alive", 3, [Named("dest", lookup, "AccountIdLookupOf<T>"), Named("value", compactBalance, "T::Balance")],
                    ["Same as the `transfer_allow_death` call, but with a check that the transfer will not kill the origin account."]),
                VariantOf("transfer_all", 4, [Named("dest", lookup, "AccountIdLookupOf<T>"), Named("keep_alive", @bool, "bool")],
                    ["Transfer the entire transferable balance from the caller account."]),
                VariantOf("force_unreserve", 5, [Named("who", lookup, "AccountIdLookupOf<T>"), Named("amount", types.U128(), "T::Balance")],
                    ["Unreserve some balance from a user by force."]),
                VariantOf("upgrade_accounts", 6, [Named("who", types.Sequence(types.AccountId32()), "Vec<T::AccountId>")],
                    ["Upgrade a specified account."]),
                VariantOf("force_set_balance", 8, [Named("who", lookup, "AccountIdLookupOf<T>"), Named("new_free", compactBalance, "T::Balance")],
                    ["Set the regular balance of a given account."]),
                VariantOf("force_adjust_total_issuance", 9,
                    [Named("direction", BalancesTypes.AdjustmentDirection(types), "AdjustmentDirection"), Named("delta", compactBalance, "T::Balance")],
                    ["Adjust the total issuance in a saturating way."]),
                VariantOf("burn", 10, [Named("value", compactBalance, "T::Balance"), Named("keep_alive", @bool, "bool")],
                    ["Burn the specified liquid free balance from the origin account."]),
            ],
            ["Contains a variant per dispatchable extrinsic that this pallet has."]);
    }

    /// <summary><c>pallet_balances::pallet::Event&lt;T, I&gt;</c>: one variant per <see cref="BalancesEvent"/> record.</summary>
    public static uint EventType(TypeRegistry types)
    {
        uint account = types.AccountId32();
        uint balance = types.U128();
        return types.Variant(
            ["pallet_balances", "pallet", "Event"],
            [Param("T", null), Param("I", null)],
            [
                VariantOf("Endowed", 0, [Named("account", account, "T::AccountId"), Named("free_balance", balance, "T::Balance")],
                    ["An account was created with some free balance."]),
                VariantOf("DustLost", 1, [Named("account", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["An account was removed whose balance was non-zero but below ExistentialDeposit, resulting in an outright loss."]),
                VariantOf("Transfer", 2, [Named("from", account, "T::AccountId"), Named("to", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Transfer succeeded."]),
                VariantOf("BalanceSet", 3, [Named("who", account, "T::AccountId"), Named("free", balance, "T::Balance")], ["A balance was set by root."]),
                VariantOf("Reserved", 4, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some balance was reserved (moved from free to reserved)."]),
                VariantOf("Unreserved", 5, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some balance was unreserved (moved from reserved to free)."]),
                VariantOf("ReserveRepatriated", 6,
                    [
                        Named("from", account, "T::AccountId"), Named("to", account, "T::AccountId"), Named("amount", balance, "T::Balance"),
                        Named("destination_status", BalancesTypes.Status(types), "Status"),
                    ],
                    ["Some balance was moved from the reserve of the first account to the second account. Final argument indicates the destination balance type."]),
                VariantOf("Deposit", 7, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some amount was deposited (e.g. for transaction fees)."]),
                VariantOf("Withdraw", 8, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some amount was withdrawn from the account (e.g. for transaction fees)."]),
                VariantOf("Slashed", 9, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some amount was removed from the account (e.g. for misbehavior)."]),
                VariantOf("Minted", 10, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some amount was minted into an account."]),
                VariantOf("Burned", 11, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some amount was burned from an account."]),
                VariantOf("Suspended", 12, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some amount was suspended from an account (it can be restored later)."]),
                VariantOf("Restored", 13, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")],
                    ["Some amount was restored into an account."]),
                VariantOf("Upgraded", 14, [Named("who", account, "T::AccountId")], ["An account was upgraded."]),
                VariantOf("Issued", 15, [Named("amount", balance, "T::Balance")],
                    ["Total issuance was increased by `amount`, creating a credit to be balanced."]),
                VariantOf("Rescinded", 16, [Named("amount", balance, "T::Balance")],
                    ["Total issuance was decreased by `amount`, creating a debt to be balanced."]),
                VariantOf("Locked", 17, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")], ["Some balance was locked."]),
                VariantOf("Unlocked", 18, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")], ["Some balance was unlocked."]),
                VariantOf("Frozen", 19, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")], ["Some balance was frozen."]),
                VariantOf("Thawed", 20, [Named("who", account, "T::AccountId"), Named("amount", balance, "T::Balance")], ["Some balance was thawed."]),
                VariantOf("TotalIssuanceForced", 21, [Named("old", balance, "T::Balance"), Named("new", balance, "T::Balance")],
                    ["The `TotalIssuance` was forcefully changed."]),
            ],
            ["The `Event` enum of this pallet"]);
    }

    /// <summary><c>pallet_balances::pallet::Error&lt;T, I&gt;</c>: one variant per <see cref="BalancesError"/> value.</summary>
    public static uint ErrorType(TypeRegistry types) => types.Variant(
        ["pallet_balances", "pallet", "Error"],
        [Param("T", null), Param("I", null)],
        [
            VariantOf("VestingBalance", 0, [], ["Vesting balance too high to send value."]),
            VariantOf("LiquidityRestrictions", 1, [], ["Account liquidity restrictions prevent withdrawal."]),
            VariantOf("InsufficientBalance", 2, [], ["Balance too low to send value."]),
            VariantOf("ExistentialDeposit", 3, [], ["Value too low to create account due to existential deposit."]),
            VariantOf("Expendability", 4, [], ["Transfer/payment would kill account."]),
            VariantOf("ExistingVestingSchedule", 5, [], ["A vesting schedule already exists for this account."]),
            VariantOf("DeadAccount", 6, [], ["Beneficiary account must pre-exist."]),
            VariantOf("TooManyReserves", 7, [], ["Number of named reserves exceed `MaxReserves`."]),
            VariantOf("TooManyHolds", 8, [], ["Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`."]),
            VariantOf("TooManyFreezes", 9, [], ["Number of freezes exceed `MaxFreezes`."]),
            VariantOf("IssuanceDeactivated", 10, [], ["The issuance cannot be modified since it is already deactivated."]),
            VariantOf("DeltaZero", 11, [], ["The delta cannot be zero."]),
        ],
        ["The `Error` enum of this pallet."]);

    /// <summary>The pallet's metadata: storage, calls, events, constants (from <paramref name="config"/>) and errors.</summary>
    public static PalletMetadata Metadata(TypeRegistry types, RuntimeTypeIds runtime, BalancesConfig config, byte index = KusamaRuntime.BalancesIndex)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);
        uint u32 = types.U32();
        uint balance = types.U128();
        uint account = types.AccountId32();
        var storage = new PalletStorageMetadata("Balances",
        [
            new("TotalIssuance", StorageEntryModifier.Default, new StorageEntryType.Plain(balance), ScaleCodec.Encode<Balance, BalanceCodec>(Balance.Zero),
                ["The total units issued in the system."]),
            new("InactiveIssuance", StorageEntryModifier.Default, new StorageEntryType.Plain(balance), ScaleCodec.Encode<Balance, BalanceCodec>(Balance.Zero),
                ["The total units of outstanding deactivated balance in the system."]),
            new("Account", StorageEntryModifier.Default,
                new StorageEntryType.Map([StorageHasher.Blake2_128Concat], account, BalancesTypes.AccountData(types)),
                ScaleCodec.Encode(AccountData.Default), ["The Balances pallet example of storing the balance of an account."]),
            new("Locks", StorageEntryModifier.Default,
                new StorageEntryType.Map([StorageHasher.Blake2_128Concat], account, types.WeakBoundedVec(BalancesTypes.BalanceLock(types))),
                ScaleCodec.Encode<BalanceLock[], VecCodec<BalanceLock, BalanceLock>>([]), ["Any liquidity locks on some account balances."]),
            new("Reserves", StorageEntryModifier.Default,
                new StorageEntryType.Map([StorageHasher.Blake2_128Concat], account, types.BoundedVec(BalancesTypes.ReserveData(types))),
                ScaleCodec.Encode<ReserveData[], VecCodec<ReserveData, ReserveData>>([]), ["Named reserves on some account balances."]),
            new("Holds", StorageEntryModifier.Default,
                new StorageEntryType.Map([StorageHasher.Blake2_128Concat], account, types.BoundedVec(BalancesTypes.HoldIdAmount(types))),
                ScaleCodec.Encode<IdAmount<RuntimeHoldReason>[], VecCodec<IdAmount<RuntimeHoldReason>, IdAmount<RuntimeHoldReason>>>([]),
                ["Holds on account balances."]),
            new("Freezes", StorageEntryModifier.Default,
                new StorageEntryType.Map([StorageHasher.Blake2_128Concat], account, types.BoundedVec(BalancesTypes.FreezeIdAmount(types))),
                ScaleCodec.Encode<IdAmount<RuntimeFreezeReason>[], VecCodec<IdAmount<RuntimeFreezeReason>, IdAmount<RuntimeFreezeReason>>>([]),
                ["Freeze locks on account balances."]),
        ]);
        PalletConstantMetadata[] constants =
        [
            new("ExistentialDeposit", balance, ScaleCodec.Encode<Balance, BalanceCodec>(config.ExistentialDeposit),
                ["The minimum balance an account must keep to exist, in planck (Kusama: 1 CENT = 333,333,333)."]),
            new("MaxLocks", u32, ScaleCodec.Encode<uint, U32Codec>(config.MaxLocks), ["The most legacy locks an account should have (not enforced; Kusama: 50)."]),
            new("MaxReserves", u32, ScaleCodec.Encode<uint, U32Codec>(config.MaxReserves), ["The most named reserves an account may have (Kusama: 50)."]),
            new("MaxFreezes", u32, ScaleCodec.Encode<uint, U32Codec>(config.MaxFreezes), ["The most freezes an account may have (Kusama: 8)."]),
        ];
        return new PalletMetadata("Balances", storage, CallType(types), EventType(types), constants, ErrorType(types), index,
            ["pallet_balances: free, reserved and frozen balances, locks, named reserves, holds and freezes, and the total issuance."]);
    }
}
