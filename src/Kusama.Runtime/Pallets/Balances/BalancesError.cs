namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' <c>Error</c>; values are the variant indices in <c>ModuleError</c> (never reorder).</summary>
public enum BalancesError : byte
{
    /// <summary>Vesting balance too high to send value.</summary>
    VestingBalance = 0,
    /// <summary>Account liquidity restrictions prevent withdrawal.</summary>
    LiquidityRestrictions = 1,
    /// <summary>Balance too low to send value.</summary>
    InsufficientBalance = 2,
    /// <summary>Value too low to create account due to existential deposit.</summary>
    ExistentialDeposit = 3,
    /// <summary>Transfer/payment would kill account.</summary>
    Expendability = 4,
    /// <summary>A vesting schedule already exists for this account.</summary>
    ExistingVestingSchedule = 5,
    /// <summary>Beneficiary account must pre-exist.</summary>
    DeadAccount = 6,
    /// <summary>Number of named reserves exceed <c>MaxReserves</c>.</summary>
    TooManyReserves = 7,
    /// <summary>Number of holds exceed <c>VariantCountOf&lt;T::RuntimeHoldReason&gt;</c>.</summary>
    TooManyHolds = 8,
    /// <summary>Number of freezes exceed <c>MaxFreezes</c>.</summary>
    TooManyFreezes = 9,
    /// <summary>The issuance cannot be modified since it is already deactivated.</summary>
    IssuanceDeactivated = 10,
    /// <summary>The delta cannot be zero.</summary>
    DeltaZero = 11,
}
