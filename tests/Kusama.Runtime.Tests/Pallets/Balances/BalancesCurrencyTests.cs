using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Tests.Pallets.Balances;

// substrate/frame/balances/src/tests/{currency_tests,fungible_tests}.rs: reserves, named reserves, locks, freezes and holds.
public class BalancesCurrencyTests : BalancesTestBase
{
    [Fact]
    public void Locks_and_freezes_overlap_so_frozen_is_their_maximum()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            b.SetLock(IdFoo, Acc(1), 5, WithdrawReasons.All);
            ext.AssertLastEvent(Ev(new BalancesEvent.Locked(Acc(1), 5)));
            ext.AssertOk(b.SetFreeze(FreezeFoo, Acc(1), 8));
            ext.AssertLastEvent(Ev(new BalancesEvent.Frozen(Acc(1), 3)));
            Assert.Equal((Balance)8UL, b.AccountOf(Acc(1)).Frozen);
            b.SetLock(IdBar, Acc(1), 3, WithdrawReasons.Transfer);
            Assert.Equal((Balance)8UL, b.AccountOf(Acc(1)).Frozen);
            ext.AssertOk(b.Thaw(FreezeFoo, Acc(1)));
            ext.AssertLastEvent(Ev(new BalancesEvent.Thawed(Acc(1), 3)));
            Assert.Equal((Balance)5UL, b.AccountOf(Acc(1)).Frozen);
            b.RemoveLock(IdFoo, Acc(1));
            ext.AssertLastEvent(Ev(new BalancesEvent.Unlocked(Acc(1), 2)));
            b.RemoveLock(IdBar, Acc(1));
            Assert.Equal(Balance.Zero, b.AccountOf(Acc(1)).Frozen);
            Assert.False(b.Locks.Contains(Acc(1)));
            Assert.Equal(0u, ext.System.Consumers(Acc(1)));
        });
    }

    [Fact]
    public void Locked_funds_cannot_be_transferred_but_the_rest_can()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            b.SetLock(IdFoo, Acc(1), 9, WithdrawReasons.All);
            Assert.Equal(1u, ext.System.Consumers(Acc(1)));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.TransferAllowDeath(Addr(2), 5), Origin.Signed(Acc(1))), Token(TokenError.Frozen));
            ext.AssertOk(Call(ext, new BalancesCall.TransferAllowDeath(Addr(2), 1), Origin.Signed(Acc(1))));
            Assert.Equal(Err(BalancesError.LiquidityRestrictions), b.Reserve(Acc(1), 1).Error);
        });
    }

    [Fact]
    public void ExtendLock_takes_the_larger_amount_and_combines_reasons()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            b.SetLock(IdFoo, Acc(1), 5, WithdrawReasons.TransactionPayment);
            b.ExtendLock(IdFoo, Acc(1), 2, WithdrawReasons.Transfer);
            BalanceLock l = Assert.Single(b.Locks.Get(Acc(1)));
            Assert.Equal((Balance)5UL, l.Amount);
            Assert.Equal(Reasons.All, l.Reasons);
            b.ExtendLock(IdFoo, Acc(1), 8, WithdrawReasons.Transfer);
            Assert.Equal((Balance)8UL, b.BalanceLocked(IdFoo, Acc(1)));
            b.SetLock(IdFoo, Acc(1), 0, WithdrawReasons.All);
            Assert.Empty(b.Locks.Get(Acc(1)));
        });
    }

    [Fact]
    public void Frozen_balance_applies_to_the_total_so_holds_count_toward_it()
    {
        Builder(1).WithBalances((Acc(1), 100UL)).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(b.Hold(Foo, Acc(1), 30));
            ext.AssertOk(b.SetFreeze(FreezeFoo, Acc(1), 50));
            // untouchable = frozen − reserved = 20; Preserve adds nothing (ED 1 < 20).
            Assert.Equal((Balance)50UL, b.ReducibleBalance(Acc(1), Preservation.Expendable, Fortitude.Polite));
            Assert.Equal((Balance)69UL, b.ReducibleBalance(Acc(1), Preservation.Preserve, Fortitude.Force));
            Assert.Equal((Balance)30UL, b.ReducibleTotalBalanceOnHold(Acc(1), Fortitude.Polite));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.TransferAllowDeath(Addr(2), 51), Origin.Signed(Acc(1))), Token(TokenError.Frozen));
            ext.AssertOk(Call(ext, new BalancesCall.TransferAllowDeath(Addr(2), 50), Origin.Signed(Acc(1))));
            // Now free = 20, reserved = 30, frozen 50: nothing on hold may be burned politely, all of it by force.
            Assert.Equal(Balance.Zero, b.ReducibleTotalBalanceOnHold(Acc(1), Fortitude.Polite));
            Assert.Equal(Token(TokenError.Frozen), b.BurnHeld(Foo, Acc(1), 1, Precision.Exact, Fortitude.Polite, out _).Error);
            ext.AssertOk(b.BurnHeld(Foo, Acc(1), 30, Precision.Exact, Fortitude.Force, out Balance burned));
            Assert.Equal((Balance)30UL, burned);
        });
    }

    [Fact]
    public void Too_many_freezes_is_TooManyFreezes()
    {
        var config = RuntimeConfig.Kusama with { Balances = BalancesConfig.Kusama with { ExistentialDeposit = 1UL, MaxFreezes = 0 } };
        new Support.ExtBuilder().WithConfig(config).WithBalances((Acc(1), 10UL)).BuildAndExecute(ext =>
        {
            Assert.Equal(Err(BalancesError.TooManyFreezes), ext.Runtime.Balances.SetFreeze(FreezeFoo, Acc(1), 1).Error);
            Assert.False(ext.Runtime.Balances.CanFreeze(FreezeFoo, Acc(1)));
        });
    }

    [Fact]
    public void Hold_and_release_move_funds_between_free_and_reserved()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(b.Hold(Foo, Acc(1), 4));
            ext.AssertOk(b.Hold(Bar, Acc(1), 2));
            ext.AssertOk(b.Hold(Foo, Acc(1), 1));
            Assert.Equal((Balance)5UL, b.BalanceOnHold(Foo, Acc(1)));
            Assert.Equal((Balance)7UL, b.ReservedBalance(Acc(1)));
            Assert.Equal((Balance)3UL, b.FreeBalance(Acc(1)));
            Assert.Equal(1u, ext.System.Consumers(Acc(1)));
            // Protect keeps the provider: with free 3 and ED 1, at most 2 more can be held.
            Assert.Equal(Token(TokenError.FundsUnavailable), b.Hold(Foo, Acc(1), 3).Error);
            ext.AssertOk(b.Release(Foo, Acc(1), 5, Precision.Exact, out Balance released));
            Assert.Equal((Balance)5UL, released);
            ext.AssertOk(b.ReleaseAll(Bar, Acc(1), Precision.Exact, out _));
            Assert.Empty(b.Holds.Get(Acc(1)));
            Assert.Equal((Balance)10UL, b.FreeBalance(Acc(1)));
            Assert.Equal(0u, ext.System.Consumers(Acc(1)));
        });
    }

    [Fact]
    public void TransferOnHold_moves_held_funds_free_or_on_hold()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(b.Hold(Foo, Acc(1), 6));
            ext.AssertOk(b.TransferOnHold(Foo, Acc(1), Acc(2), 2, Precision.Exact, Restriction.OnHold, Fortitude.Polite, out _));
            Assert.Equal((Balance)2UL, b.BalanceOnHold(Foo, Acc(2)));
            ext.AssertOk(b.TransferOnHold(Foo, Acc(1), Acc(2), 4, Precision.Exact, Restriction.Free, Fortitude.Polite, out _));
            Assert.Equal((Balance)24UL, b.FreeBalance(Acc(2)));
            Assert.Equal(Balance.Zero, b.ReservedBalance(Acc(1)));
            // Liquidity is checked before the hold itself, as in FRAME.
            Assert.Equal(Token(TokenError.Frozen), b.TransferOnHold(Foo, Acc(1), Acc(2), 1, Precision.Exact, Restriction.Free, Fortitude.Polite, out _).Error);
        });
    }

    [Fact]
    public void Reserve_and_unreserve_emit_events_and_keep_a_consumer_while_reserved()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            Assert.True(b.CanReserve(Acc(1), 9));
            Assert.False(b.CanReserve(Acc(1), 10));
            ext.AssertOk(b.Reserve(Acc(1), 6));
            ext.AssertLastEvent(Ev(new BalancesEvent.Reserved(Acc(1), 6)));
            Assert.Equal(1u, ext.System.Consumers(Acc(1)));
            Assert.Equal(Err(BalancesError.InsufficientBalance), b.Reserve(Acc(1), 5).Error);
            Assert.Equal((Balance)1UL, b.Unreserve(Acc(1), 7));
            ext.AssertLastEvent(Ev(new BalancesEvent.Unreserved(Acc(1), 6)));
            Assert.Equal(0u, ext.System.Consumers(Acc(1)));
        });
    }

    [Fact]
    public void Reserving_so_much_that_free_drops_below_ED_is_ConsumerRemaining()
    {
        Builder(100).WithBalances((Acc(1), 200UL)).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            Assert.False(b.CanReserve(Acc(1), 150));
            // The reserve takes a consumer reference, which then refuses the removal of the balance's provider.
            ext.AssertNoop(_ => b.Reserve(Acc(1), 150), DispatchError.ConsumerRemaining);
            ext.AssertOk(b.Reserve(Acc(1), 100));
            Assert.Equal((Balance)100UL, b.FreeBalance(Acc(1)));
            Assert.Equal((Balance)100UL, b.ReservedBalance(Acc(1)));
        });
    }

    [Fact]
    public void SlashReserved_burns_reserved_funds_when_the_imbalance_is_dropped()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(b.Reserve(Acc(1), 6));
            Balance remaining = b.SlashReserved(Acc(1), 8, out NegativeImbalance imbalance);
            Assert.Equal((Balance)2UL, remaining);
            Assert.Equal((Balance)6UL, imbalance.Amount);
            ext.AssertLastEvent(Ev(new BalancesEvent.Slashed(Acc(1), 6)));
            b.DropImbalance(imbalance);
            ext.AssertLastEvent(Ev(new BalancesEvent.Rescinded(6)));
        });
    }

    [Fact]
    public void Slash_takes_free_balance_and_keeps_ED_while_a_consumer_needs_the_provider()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(ext.System.IncConsumers(Acc(1)));
            Balance remaining = b.Slash(Acc(1), 20, out NegativeImbalance imbalance);
            Assert.Equal((Balance)11UL, remaining);
            Assert.Equal((Balance)9UL, imbalance.Amount);
            Assert.Equal((Balance)1UL, b.FreeBalance(Acc(1)));
            b.DropImbalance(imbalance);
            ext.System.DecConsumers(Acc(1));
        });
    }

    [Fact]
    public void RepatriateReserved_moves_reserve_to_free_or_reserved_and_needs_an_existing_beneficiary()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(b.Reserve(Acc(1), 8));
            ext.AssertOk(b.RepatriateReserved(Acc(1), Acc(2), 3, Status.Free, out Balance remaining));
            Assert.Equal(Balance.Zero, remaining);
            ext.AssertLastEvent(Ev(new BalancesEvent.ReserveRepatriated(Acc(1), Acc(2), 3, Status.Free)));
            Assert.Equal((Balance)23UL, b.FreeBalance(Acc(2)));
            ext.AssertOk(b.RepatriateReserved(Acc(1), Acc(2), 10, Status.Reserved, out remaining));
            Assert.Equal((Balance)5UL, remaining);
            Assert.Equal((Balance)5UL, b.ReservedBalance(Acc(2)));
            ext.AssertOk(b.Reserve(Acc(1), 1));
            Assert.Equal(Err(BalancesError.DeadAccount), b.RepatriateReserved(Acc(1), Acc(99), 1, Status.Free, out _).Error);
        });
    }

    [Fact]
    public void Named_reserves_track_amounts_per_id_in_sorted_order()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(b.ReserveNamed(IdFoo, Acc(1), 3));
            ext.AssertOk(b.ReserveNamed(IdBar, Acc(1), 2));
            ext.AssertOk(b.ReserveNamed(IdFoo, Acc(1), 1));
            ReserveData[] reserves = b.Reserves.Get(Acc(1));
            Assert.Equal([IdBar, IdFoo], [reserves[0].Id, reserves[1].Id]);
            Assert.Equal((Balance)4UL, b.ReservedBalanceNamed(IdFoo, Acc(1)));
            Assert.Equal((Balance)6UL, b.ReservedBalance(Acc(1)));
            Assert.Equal((Balance)1UL, b.UnreserveNamed(IdBar, Acc(1), 3));
            Assert.Single(b.Reserves.Get(Acc(1)));
            Assert.Equal((Balance)0UL, b.SlashReservedNamed(IdFoo, Acc(1), 4, out NegativeImbalance imbalance));
            b.DropImbalance(imbalance);
            Assert.Equal(Balance.Zero, b.ReservedBalance(Acc(1)));
        });
    }

    [Fact]
    public void Too_many_named_reserves_is_TooManyReserves()
    {
        var config = RuntimeConfig.Kusama with { Balances = BalancesConfig.Kusama with { ExistentialDeposit = 1UL, MaxReserves = 1 } };
        new Support.ExtBuilder().WithConfig(config).WithBalances((Acc(1), 10UL)).BuildAndExecute(ext =>
        {
            ext.AssertOk(ext.Runtime.Balances.ReserveNamed(IdFoo, Acc(1), 1));
            Assert.Equal(Err(BalancesError.TooManyReserves), ext.Runtime.Balances.ReserveNamed(IdBar, Acc(1), 1).Error);
            Assert.Equal((Balance)1UL, ext.Runtime.Balances.ReservedBalance(Acc(1)));
        });
    }

    [Fact]
    public void Deposit_and_withdraw_deposit_their_events_and_keep_issuance_through_the_imbalances()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(b.Withdraw(Acc(1), 5, Precision.Exact, Preservation.Preserve, Fortitude.Polite, out Credit credit));
            ext.AssertLastEvent(Ev(new BalancesEvent.Withdraw(Acc(1), 5)));
            Assert.True(b.Resolve(Acc(2), credit));
            ext.AssertLastEvent(Ev(new BalancesEvent.Deposit(Acc(2), 5)));
            Assert.Equal((Balance)25UL, b.FreeBalance(Acc(2)));
            Assert.Equal(Token(TokenError.FundsUnavailable), b.Withdraw(Acc(1), 5, Precision.Exact, Preservation.Preserve, Fortitude.Polite, out _).Error);
            ext.AssertOk(b.Withdraw(Acc(1), 5, Precision.Exact, Preservation.Expendable, Fortitude.Polite, out credit));
            Assert.False(ext.System.AccountExists(Acc(1)));
            b.DropCredit(credit);
        });
    }

    [Fact]
    public void Currency_withdraw_respects_KeepAlive_and_deposit_creating_needs_ED()
    {
        Builder(10, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            Assert.Equal(Err(BalancesError.Expendability), b.Withdraw(Acc(1), 95, WithdrawReasons.Transfer, ExistenceRequirement.KeepAlive, out _).Error);
            Assert.Equal(Err(BalancesError.InsufficientBalance), b.Withdraw(Acc(1), 101, WithdrawReasons.Transfer, ExistenceRequirement.AllowDeath, out _).Error);
            Assert.Equal(Balance.Zero, b.DepositCreating(Acc(50), 9).Amount);
            Assert.False(ext.System.AccountExists(Acc(50)));
            Assert.Equal(Err(BalancesError.DeadAccount), b.DepositIntoExisting(Acc(50), 10, out _).Error);
            PositiveImbalance created = b.DepositCreating(Acc(50), 10);
            Assert.Equal((Balance)10UL, created.Amount);
            b.DropImbalance(created);
            ext.AssertLastEvent(Ev(new BalancesEvent.Issued(10)));
        });
    }

    [Fact]
    public void MintInto_a_new_account_endows_it_and_burn_from_reaps_it()
    {
        Builder(10).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            Assert.Equal(Token(TokenError.BelowMinimum), b.MintInto(Acc(1), 9, out _).Error);
            ext.AssertOk(b.MintInto(Acc(1), 50, out _));
            RuntimeEvent[] events = ext.Events();
            Assert.Equal(
                [Sys(new SystemEvent.NewAccount(Acc(1))), Ev(new BalancesEvent.Endowed(Acc(1), 50)), Ev(new BalancesEvent.Minted(Acc(1), 50))],
                events);
            ext.AssertOk(b.BurnFrom(Acc(1), 45, Preservation.Expendable, Precision.Exact, Fortitude.Polite, out Balance burned));
            // The 5 left are dust: burned too (by the dust handler, not counted in `burned`), and the account is gone.
            Assert.Equal((Balance)45UL, burned);
            Assert.False(ext.System.AccountExists(Acc(1)));
            Assert.Equal(Balance.Zero, b.TotalIssuance.Get());
        });
    }

    [Fact]
    public void Reducible_balance_respects_Protect_and_Expendable_with_consumers()
    {
        Builder(10).WithBalances((Acc(1), 100UL)).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            Assert.Equal((Balance)100UL, b.ReducibleBalance(Acc(1), Preservation.Expendable, Fortitude.Polite));
            Assert.Equal((Balance)90UL, b.ReducibleBalance(Acc(1), Preservation.Protect, Fortitude.Polite));
            Assert.Equal((Balance)90UL, b.ReducibleBalance(Acc(1), Preservation.Preserve, Fortitude.Polite));
            ext.System.IncProviders(Acc(1));
            Assert.Equal((Balance)100UL, b.ReducibleBalance(Acc(1), Preservation.Protect, Fortitude.Polite));
            ext.AssertOk(ext.System.IncConsumers(Acc(1)));
            Assert.Equal((Balance)100UL, b.ReducibleBalance(Acc(1), Preservation.Expendable, Fortitude.Polite));
            ext.AssertOk(ext.System.DecProviders(Acc(1), out _, out _) ? DispatchResult.Ok : DispatchError.Other());
            Assert.Equal((Balance)90UL, b.ReducibleBalance(Acc(1), Preservation.Expendable, Fortitude.Polite));
            Assert.Equal(WithdrawConsequenceKind.Frozen, b.CanWithdraw(Acc(1), 95).Kind);
            Assert.Equal(WithdrawConsequenceKind.Success, b.CanWithdraw(Acc(1), 90).Kind);
            ext.System.DecConsumers(Acc(1));
        });
    }

    [Fact]
    public void Issue_and_rescind_change_issuance_until_their_imbalances_are_placed()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            Balance before = b.TotalIssuance.Get();
            Credit credit = b.Issue(7);
            Assert.Equal(before + 7UL, b.TotalIssuance.Get());
            ext.AssertLastEvent(Ev(new BalancesEvent.Issued(7)));
            Assert.True(b.Resolve(Acc(1), credit));
            Debt debt = b.Rescind(3);
            ext.AssertLastEvent(Ev(new BalancesEvent.Rescinded(3)));
            Assert.True(b.Settle(Acc(1), debt, Preservation.Expendable));
            Assert.Equal(before + 4UL, b.TotalIssuance.Get());
        });
    }
}
