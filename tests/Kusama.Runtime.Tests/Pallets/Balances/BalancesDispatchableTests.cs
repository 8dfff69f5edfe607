using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Tests.Pallets.Balances;

// substrate/frame/balances/src/tests/dispatchable_tests.rs, through the runtime's dispatch (each call in its storage layer).
public class BalancesDispatchableTests : BalancesTestBase
{
    [Fact]
    public void Transfer_below_ED_to_a_new_account_is_BelowMinimum()
    {
        Builder(10, monied: true).BuildAndExecute(ext =>
        {
            ext.AssertNoop(_ => Call(ext, new BalancesCall.TransferAllowDeath(Addr(5), 9), Origin.Signed(Acc(1))), Token(TokenError.BelowMinimum));
            Assert.Equal((Balance)100UL, ext.Runtime.Balances.FreeBalance(Acc(1)));
        });
    }

    [Fact]
    public void Dust_account_removal_reaps_the_sender_and_burns_the_dust()
    {
        Builder(100, monied: true).BuildAndExecute(ext =>
        {
            ext.System.IncAccountNonce(Acc(2));
            Assert.Equal(1u, ext.System.AccountNonce(Acc(2)));
            Assert.Equal((Balance)2000UL, ext.Runtime.Balances.TotalBalance(Acc(2)));
            Balance issuance = ext.Runtime.Balances.TotalIssuance.Get();
            ext.AssertOk(Call(ext, new BalancesCall.TransferAllowDeath(Addr(5), 1901), Origin.Signed(Acc(2))));
            Assert.Equal(Balance.Zero, ext.Runtime.Balances.TotalBalance(Acc(2)));
            Assert.Equal((Balance)1901UL, ext.Runtime.Balances.TotalBalance(Acc(5)));
            Assert.Equal(0u, ext.System.AccountNonce(Acc(2)));
            Assert.False(ext.System.AccountExists(Acc(2)));
            Assert.Equal(issuance - 99UL, ext.Runtime.Balances.TotalIssuance.Get());
            ext.AssertHasEvent(Ev(new BalancesEvent.DustLost(Acc(2), 99)));
            ext.AssertHasEvent(Sys(new SystemEvent.KilledAccount(Acc(2))));
            ext.AssertHasEvent(Ev(new BalancesEvent.Endowed(Acc(5), 1901)));
            ext.AssertLastEvent(Ev(new BalancesEvent.Transfer(Acc(2), Acc(5), 1901)));
        });
    }

    [Fact]
    public void Balance_transfer_works()
    {
        Builder().BuildAndExecute(ext =>
        {
            ext.AssertOk(ext.Runtime.Balances.MintInto(Acc(1), 111, out _));
            ext.AssertOk(Call(ext, new BalancesCall.TransferAllowDeath(Addr(2), 69), Origin.Signed(Acc(1))));
            Assert.Equal((Balance)42UL, ext.Runtime.Balances.TotalBalance(Acc(1)));
            Assert.Equal((Balance)69UL, ext.Runtime.Balances.TotalBalance(Acc(2)));
        });
    }

    [Fact]
    public void Force_transfer_needs_root()
    {
        Builder().BuildAndExecute(ext =>
        {
            ext.AssertOk(ext.Runtime.Balances.MintInto(Acc(1), 111, out _));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.ForceTransfer(Addr(1), Addr(2), 69), Origin.Signed(Acc(2))), DispatchError.BadOrigin);
            ext.AssertOk(Call(ext, new BalancesCall.ForceTransfer(Addr(1), Addr(2), 69), Origin.Root));
            Assert.Equal((Balance)42UL, ext.Runtime.Balances.TotalBalance(Acc(1)));
            Assert.Equal((Balance)69UL, ext.Runtime.Balances.TotalBalance(Acc(2)));
        });
    }

    [Fact]
    public void Transfer_of_funds_on_hold_is_FundsUnavailable()
    {
        Builder().BuildAndExecute(ext =>
        {
            ext.AssertOk(ext.Runtime.Balances.MintInto(Acc(1), 111, out _));
            ext.AssertOk(ext.Runtime.Balances.Hold(Foo, Acc(1), 69));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.TransferAllowDeath(Addr(2), 69), Origin.Signed(Acc(1))), Token(TokenError.FundsUnavailable));
        });
    }

    [Fact]
    public void TransferKeepAlive_fails_when_sender_would_be_reaped()
    {
        Builder(1).BuildAndExecute(ext =>
        {
            ext.AssertOk(ext.Runtime.Balances.MintInto(Acc(1), 100, out _));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.TransferKeepAlive(Addr(2), 100), Origin.Signed(Acc(1))), Token(TokenError.NotExpendable));
            Assert.Equal((Balance)100UL, ext.Runtime.Balances.TotalBalance(Acc(1)));
            Assert.Equal(Balance.Zero, ext.Runtime.Balances.TotalBalance(Acc(2)));
        });
    }

    [Fact]
    public void TransferKeepAlive_may_spend_all_free_when_a_hold_keeps_the_account()
    {
        Builder(100).BuildAndExecute(ext =>
        {
            ext.AssertOk(ForceSetBalance(ext, 1, 300));
            ext.AssertOk(ext.Runtime.Balances.Hold(Foo, Acc(1), 100));
            ext.AssertOk(Call(ext, new BalancesCall.TransferKeepAlive(Addr(2), 100), Origin.Signed(Acc(1))));
            Assert.Equal((Balance)200UL, ext.Runtime.Balances.TotalBalance(Acc(1)));
            Assert.Equal((Balance)100UL, ext.Runtime.Balances.TotalBalance(Acc(2)));
        });
    }

    [Theory]
    [InlineData(200, 0, false, 0, 200)]
    [InlineData(200, 0, true, 100, 100)]
    [InlineData(210, 10, false, 110, 100)]
    [InlineData(210, 10, true, 110, 100)]
    public void TransferAll_moves_the_reducible_balance(ulong free, ulong held, bool keepAlive, ulong expectedSender, ulong expectedDest)
    {
        Builder(100).BuildAndExecute(ext =>
        {
            ext.AssertOk(ForceSetBalance(ext, 1, free));
            if (held > 0) ext.AssertOk(ext.Runtime.Balances.Hold(Foo, Acc(1), held));
            ext.AssertOk(ForceSetBalance(ext, 2, 0));
            ext.AssertOk(Call(ext, new BalancesCall.TransferAll(Addr(2), keepAlive), Origin.Signed(Acc(1))));
            Assert.Equal((Balance)expectedSender, ext.Runtime.Balances.TotalBalance(Acc(1)));
            Assert.Equal((Balance)expectedDest, ext.Runtime.Balances.TotalBalance(Acc(2)));
        });
    }

    [Fact]
    public void ForceSetBalance_cannot_kill_an_account_with_consumers()
    {
        Builder().BuildAndExecute(ext =>
        {
            ext.AssertOk(ext.Runtime.Balances.MintInto(Acc(1), 111, out _));
            ext.AssertOk(ext.System.IncConsumers(Acc(1)));
            ext.AssertNoop(_ => ForceSetBalance(ext, 1, 0), DispatchError.ConsumerRemaining);
            ext.System.DecConsumers(Acc(1));
        });
    }

    [Fact]
    public void ForceSetBalance_adjusts_total_issuance_and_deposits_BalanceSet()
    {
        Builder().BuildAndExecute(ext =>
        {
            Balance old = ext.Runtime.Balances.TotalIssuance.Get();
            ext.AssertOk(ForceSetBalance(ext, 137, 69));
            Assert.Equal(old + 69UL, ext.Runtime.Balances.TotalIssuance.Get());
            Assert.Equal((Balance)69UL, ext.Runtime.Balances.FreeBalance(Acc(137)));
            ext.AssertLastEvent(Ev(new BalancesEvent.BalanceSet(Acc(137), 69)));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.ForceSetBalance(Addr(137), 1), Origin.Signed(Acc(1))), DispatchError.BadOrigin);
        });
    }

    [Fact]
    public void ForceSetBalance_below_ED_wipes_the_account()
    {
        Builder(10).BuildAndExecute(ext =>
        {
            ext.AssertOk(ForceSetBalance(ext, 1, 100));
            ext.AssertOk(ForceSetBalance(ext, 1, 9));
            Assert.False(ext.System.AccountExists(Acc(1)));
            Assert.Equal(Balance.Zero, ext.Runtime.Balances.TotalIssuance.Get());
            ext.AssertLastEvent(Ev(new BalancesEvent.BalanceSet(Acc(1), 0)));
        });
    }

    [Fact]
    public void UpgradeAccounts_upgrades_old_accounts_and_waives_the_fee()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            ext.System.IncProviders(Acc(7));
            AccountInfo info = ext.System.Account.Get(Acc(7));
            ext.System.Account.Set(Acc(7), info with { Data = new AccountData(5UL, 5UL, Balance.Zero, UInt128.Zero) });
            ext.Runtime.Balances.TotalIssuance.Set(ext.Runtime.Balances.TotalIssuance.Get() + 10UL);
            Assert.False(ext.Runtime.Balances.AccountOf(Acc(7)).IsNewLogic);
            Assert.Equal(0u, ext.System.Consumers(Acc(7)));

            DispatchResult result = Call(ext, new BalancesCall.UpgradeAccounts([Acc(7)]), Origin.Signed(Acc(1)));
            ext.AssertOk(result);
            Assert.Equal(Pays.No, result.PostInfo.PaysFee);
            Assert.True(ext.Runtime.Balances.AccountOf(Acc(7)).IsNewLogic);
            Assert.Equal(1u, ext.System.Providers(Acc(7)));
            Assert.Equal(1u, ext.System.Consumers(Acc(7)));
            ext.AssertLastEvent(Ev(new BalancesEvent.Upgraded(Acc(7))));

            ext.Runtime.Balances.Unreserve(Acc(7), 5);
            ext.AssertOk(ext.Runtime.Balances.Transfer(Acc(7), Acc(1), 10, Preservation.Expendable));
            Assert.Equal(Balance.Zero, ext.Runtime.Balances.TotalBalance(Acc(7)));
            Assert.Equal(0u, ext.System.Providers(Acc(7)));
            Assert.Equal(0u, ext.System.Consumers(Acc(7)));
        });
    }

    [Fact]
    public void UpgradeAccounts_of_already_upgraded_accounts_pays_the_fee()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            DispatchResult result = Call(ext, new BalancesCall.UpgradeAccounts([Acc(1), Acc(2)]), Origin.Signed(Acc(1)));
            ext.AssertOk(result);
            Assert.Equal(Pays.Yes, result.PostInfo.PaysFee);
        });
    }

    [Fact]
    public void ForceAdjustTotalIssuance_increases_and_decreases_with_events()
    {
        Builder().BuildAndExecute(ext =>
        {
            ext.AssertOk(ForceSetBalance(ext, 137, 64));
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Increase, 32), Origin.Root));
            ext.AssertLastEvent(Ev(new BalancesEvent.TotalIssuanceForced(64, 96)));
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Decrease, 64), Origin.Root));
            ext.AssertLastEvent(Ev(new BalancesEvent.TotalIssuanceForced(96, 32)));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Increase, 32), Origin.Signed(Acc(1))), DispatchError.BadOrigin);
            // The adjustment deliberately breaks the issuance invariant; put it back before the end-of-test check.
            ext.Runtime.Balances.TotalIssuance.Set(64UL);
        });
    }

    [Fact]
    public void ForceAdjustTotalIssuance_saturates()
    {
        Builder().BuildAndExecute(ext =>
        {
            ext.AssertOk(ForceSetBalance(ext, 137, 64));
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Increase, Balance.MaxValue), Origin.Root));
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Increase, 123), Origin.Root));
            Assert.Equal(Balance.MaxValue, ext.Runtime.Balances.TotalIssuance.Get());
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Decrease, Balance.MaxValue), Origin.Root));
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Decrease, 123), Origin.Root));
            Assert.Equal(Balance.Zero, ext.Runtime.Balances.TotalIssuance.Get());
            ext.Runtime.Balances.TotalIssuance.Set(64UL);
        });
    }

    [Fact]
    public void ForceAdjustTotalIssuance_rejects_a_zero_delta()
    {
        Builder().BuildAndExecute(ext =>
        {
            ext.AssertNoop(_ => Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Increase, 0), Origin.Root), Err(BalancesError.DeltaZero));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Decrease, 0), Origin.Root), Err(BalancesError.DeltaZero));
        });
    }

    [Fact]
    public void ForceAdjustTotalIssuance_cannot_go_below_the_inactive_issuance()
    {
        Builder().BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(ForceSetBalance(ext, 137, 64));
            b.Deactivate(16);
            Assert.Equal((Balance)48UL, b.ActiveIssuance());
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Decrease, 40), Origin.Root));
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Decrease, 8), Origin.Root));
            Assert.Equal((Balance)16UL, b.TotalIssuance.Get());
            Assert.Equal(Balance.Zero, b.ActiveIssuance());
            ext.AssertNoop(_ => Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Decrease, 1), Origin.Root), Err(BalancesError.IssuanceDeactivated));
            ext.AssertOk(Call(ext, new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Increase, 10), Origin.Root));
            Assert.Equal((Balance)26UL, b.TotalIssuance.Get());
            Assert.Equal((Balance)10UL, b.ActiveIssuance());
            b.TotalIssuance.Set(64UL);
        });
    }

    [Fact]
    public void Burn_reduces_issuance_and_can_reap()
    {
        Builder().BuildAndExecute(ext =>
        {
            BalancesPallet b = ext.Runtime.Balances;
            ext.AssertOk(ForceSetBalance(ext, 1, 37));
            Balance issuance = b.TotalIssuance.Get();
            ext.AssertNoop(_ => Call(ext, new BalancesCall.Burn(38, false), Origin.Signed(Acc(1))), Token(TokenError.FundsUnavailable));
            ext.AssertOk(Call(ext, new BalancesCall.Burn(1, false), Origin.Signed(Acc(1))));
            ext.AssertLastEvent(Ev(new BalancesEvent.Burned(Acc(1), 1)));
            Assert.Equal(issuance - 1UL, b.TotalIssuance.Get());
            ext.AssertNoop(_ => Call(ext, new BalancesCall.Burn(36, true), Origin.Signed(Acc(1))), Token(TokenError.FundsUnavailable));
            ext.AssertOk(Call(ext, new BalancesCall.Burn(36, false), Origin.Signed(Acc(1))));
            ext.AssertLastEvent(Ev(new BalancesEvent.Burned(Acc(1), 36)));
            Assert.Equal(issuance - 37UL, b.TotalIssuance.Get());
            Assert.True(b.TotalBalance(Acc(1)).IsZero);
        });
    }

    [Fact]
    public void ForceUnreserve_needs_root_and_unreserves()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            ext.AssertOk(ext.Runtime.Balances.Reserve(Acc(1), 5));
            ext.AssertNoop(_ => Call(ext, new BalancesCall.ForceUnreserve(Addr(1), 5), Origin.Signed(Acc(1))), DispatchError.BadOrigin);
            ext.AssertOk(Call(ext, new BalancesCall.ForceUnreserve(Addr(1), 3), Origin.Root));
            Assert.Equal((Balance)2UL, ext.Runtime.Balances.ReservedBalance(Acc(1)));
            ext.AssertLastEvent(Ev(new BalancesEvent.Unreserved(Acc(1), 3)));
        });
    }

    [Fact]
    public void Signed_calls_fail_with_BadOrigin_from_root_and_lookup_fails_for_indices()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            ext.AssertNoop(_ => Call(ext, new BalancesCall.TransferKeepAlive(Addr(2), 1), Origin.Root), DispatchError.BadOrigin);
            ext.AssertNoop(_ => Call(ext, new BalancesCall.Burn(1, false), Origin.None), DispatchError.BadOrigin);
            ext.AssertNoop(_ => Call(ext, new BalancesCall.UpgradeAccounts([Acc(1)]), Origin.Root), DispatchError.BadOrigin);
            ext.AssertNoop(
                _ => Call(ext, new BalancesCall.TransferAllowDeath(new Kusama.Frame.Primitives.MultiAddress.Index(3), 1), Origin.Signed(Acc(1))),
                DispatchError.CannotLookup);
        });
    }

    [Fact]
    public void Transfer_to_self_keeps_the_balance()
    {
        Builder(1, monied: true).BuildAndExecute(ext =>
        {
            ext.AssertOk(Call(ext, new BalancesCall.TransferAllowDeath(Addr(1), 5), Origin.Signed(Acc(1))));
            Assert.Equal((Balance)10UL, ext.Runtime.Balances.FreeBalance(Acc(1)));
        });
    }
}
