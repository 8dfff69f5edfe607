using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' <c>Event</c>: each variant carries its wire index (never reorder).</summary>
public abstract partial record BalancesEvent
{
    private BalancesEvent()
    {
    }

    /// <summary>An account was created with some free balance.</summary>
    [ScaleIndex(0)]
    public sealed record Endowed(AccountId32 Account, Balance FreeBalance) : BalancesEvent;

    /// <summary>An account was removed whose balance was non-zero but below ExistentialDeposit, resulting in an outright loss.</summary>
    [ScaleIndex(1)]
    public sealed record DustLost(AccountId32 Account, Balance Amount) : BalancesEvent;

    /// <summary>Transfer succeeded.</summary>
    [ScaleIndex(2)]
    public sealed record Transfer(AccountId32 From, AccountId32 To, Balance Amount) : BalancesEvent;

    /// <summary>A balance was set by root.</summary>
    [ScaleIndex(3)]
    public sealed record BalanceSet(AccountId32 Who, Balance Free) : BalancesEvent;

    /// <summary>Some balance was reserved (moved from free to reserved).</summary>
    [ScaleIndex(4)]
    public sealed record Reserved(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some balance was unreserved (moved from reserved to free).</summary>
    [ScaleIndex(5)]
    public sealed record Unreserved(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some balance was moved from the reserve of the first account to the second account. Final argument indicates the destination balance type.</summary>
    [ScaleIndex(6)]
    public sealed record ReserveRepatriated(AccountId32 From, AccountId32 To, Balance Amount, Status DestinationStatus) : BalancesEvent;

    /// <summary>Some amount was deposited (e.g. for transaction fees).</summary>
    [ScaleIndex(7)]
    public sealed record Deposit(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some amount was withdrawn from the account (e.g. for transaction fees).</summary>
    [ScaleIndex(8)]
    public sealed record Withdraw(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some amount was removed from the account (e.g. for misbehavior).</summary>
    [ScaleIndex(9)]
    public sealed record Slashed(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some amount was minted into an account.</summary>
    [ScaleIndex(10)]
    public sealed record Minted(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some amount was burned from an account.</summary>
    [ScaleIndex(11)]
    public sealed record Burned(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some amount was suspended from an account (it can be restored later).</summary>
    [ScaleIndex(12)]
    public sealed record Suspended(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some amount was restored into an account.</summary>
    [ScaleIndex(13)]
    public sealed record Restored(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>An account was upgraded.</summary>
    [ScaleIndex(14)]
    public sealed record Upgraded(AccountId32 Who) : BalancesEvent;

    /// <summary>Total issuance was increased by <c>amount</c>, creating a credit to be balanced.</summary>
    [ScaleIndex(15)]
    public sealed record Issued(Balance Amount) : BalancesEvent;

    /// <summary>Total issuance was decreased by <c>amount</c>, creating a debt to be balanced.</summary>
    [ScaleIndex(16)]
    public sealed record Rescinded(Balance Amount) : BalancesEvent;

    /// <summary>Some balance was locked.</summary>
    [ScaleIndex(17)]
    public sealed record Locked(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some balance was unlocked.</summary>
    [ScaleIndex(18)]
    public sealed record Unlocked(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some balance was frozen.</summary>
    [ScaleIndex(19)]
    public sealed record Frozen(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>Some balance was thawed.</summary>
    [ScaleIndex(20)]
    public sealed record Thawed(AccountId32 Who, Balance Amount) : BalancesEvent;

    /// <summary>The <c>TotalIssuance</c> was forcefully changed.</summary>
    [ScaleIndex(21)]
    public sealed record TotalIssuanceForced(Balance Old, Balance New) : BalancesEvent;
}
