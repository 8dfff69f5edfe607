using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Benchmarking;

/// <summary>pallet_balances' benchmarks (frame/balances/src/benchmarking.rs): each builds FRAME's worst case on Kusama's existential deposit.</summary>
public static class BalancesBenchmarks
{
    // FRAME's ED_MULTIPLIER: accounts are funded with this many existential deposits.
    private const uint EdMultiplier = 10;

    private const uint Seed = 0;

    /// <summary>The pallet's benchmarks in FRAME's order.</summary>
    public static PalletBenchmarks Pallet { get; } = new("Balances", "pallet_balances", "BalancesWeights", "Kusama.Runtime.Pallets.Balances",
    [
        new Benchmark("transfer_allow_death", null, TransferAllowDeath, 3_593),
        new Benchmark("transfer_keep_alive", null, TransferKeepAlive, 3_593),
        new Benchmark("force_set_balance_creating", null, ForceSetBalanceCreating, 3_593),
        new Benchmark("force_set_balance_killing", null, ForceSetBalanceKilling, 3_593),
        new Benchmark("force_transfer", null, ForceTransfer, 6_196),
        new Benchmark("transfer_all", null, TransferAll, 3_593),
        new Benchmark("force_unreserve", null, ForceUnreserve, 3_593),
        new Benchmark("upgrade_accounts", new BenchmarkComponent("u", 1, 1000, "The number of accounts."), UpgradeAccounts, 990, 2_603),
        new Benchmark("force_adjust_total_issuance", null, ForceAdjustTotalIssuance),
        new Benchmark("burn_allow_death", null, BurnAllowDeath),
        new Benchmark("burn_keep_alive", null, BurnKeepAlive),
    ]);

    // The caller ends below the existential deposit, so the transfer both creates the recipient and reaps the caller.
    private static BenchmarkCall TransferAllowDeath(KusamaRuntime runtime, uint component)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        Balance ed = Ed(runtime);
        Fund(runtime, caller, ed * EdMultiplier);
        Balance amount = ed * (EdMultiplier - 1) + new Balance(1);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.TransferAllowDeath(Recipient, amount)), Origin.Signed(caller), caller);
    }

    private static BenchmarkCall TransferKeepAlive(KusamaRuntime runtime, uint component)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        Balance ed = Ed(runtime);
        Fund(runtime, caller, ed * 1_000_000);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.TransferKeepAlive(Recipient, ed * EdMultiplier)), Origin.Signed(caller), caller);
    }

    private static BenchmarkCall ForceSetBalanceCreating(KusamaRuntime runtime, uint component)
    {
        AccountId32 user = BenchmarkAccounts.Account("user", 0, Seed);
        Balance amount = Ed(runtime) * EdMultiplier;
        Fund(runtime, user, amount);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.ForceSetBalance(new MultiAddress.Id(user), amount)), Origin.Root);
    }

    private static BenchmarkCall ForceSetBalanceKilling(KusamaRuntime runtime, uint component)
    {
        AccountId32 user = BenchmarkAccounts.Account("user", 0, Seed);
        Fund(runtime, user, Ed(runtime) * EdMultiplier);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.ForceSetBalance(new MultiAddress.Id(user), Balance.Zero)), Origin.Root);
    }

    private static BenchmarkCall ForceTransfer(KusamaRuntime runtime, uint component)
    {
        AccountId32 source = BenchmarkAccounts.Account("source", 0, Seed);
        Balance ed = Ed(runtime);
        Fund(runtime, source, ed * EdMultiplier);
        Balance amount = ed * (EdMultiplier - 1) + new Balance(1);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.ForceTransfer(new MultiAddress.Id(source), Recipient, amount)), Origin.Root);
    }

    private static BenchmarkCall TransferAll(KusamaRuntime runtime, uint component)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        Fund(runtime, caller, Ed(runtime) * EdMultiplier);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.TransferAll(Recipient, false)), Origin.Signed(caller), caller);
    }

    private static BenchmarkCall ForceUnreserve(KusamaRuntime runtime, uint component)
    {
        AccountId32 user = BenchmarkAccounts.Account("user", 0, Seed);
        Balance ed = Ed(runtime);
        Fund(runtime, user, ed * 2);
        Require(runtime.Balances.Reserve(user, ed), "reserve");
        return BenchmarkCall.Dispatch(Call(new BalancesCall.ForceUnreserve(new MultiAddress.Id(user), ed)), Origin.Root);
    }

    // Accounts stored before the holds/freezes migration: old flags, a reserve and one provider, so each upgrade also
    // takes a consumer reference.
    private static BenchmarkCall UpgradeAccounts(KusamaRuntime runtime, uint u)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        Balance balance = Ed(runtime) * EdMultiplier;
        var who = new AccountId32[u];
        for (uint i = 0; i < u; i++)
        {
            who[i] = BenchmarkAccounts.Account("old_user", i, Seed);
            var data = new AccountData(balance, balance, Balance.Zero, UInt128.Zero);
            runtime.System.Account.Set(who[i], new AccountInfo(0, 0, 1, 0, data));
        }
        runtime.Balances.TotalIssuance.Set(runtime.Balances.TotalIssuance.Get() + balance * (2 * u));
        return BenchmarkCall.Dispatch(Call(new BalancesCall.UpgradeAccounts(who)), Origin.Signed(caller), caller);
    }

    private static BenchmarkCall ForceAdjustTotalIssuance(KusamaRuntime runtime, uint component)
    {
        runtime.Balances.TotalIssuance.Set(Ed(runtime) * 1_000);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.ForceAdjustTotalIssuance(AdjustmentDirection.Increase, Ed(runtime))), Origin.Root);
    }

    // Burning all but dust reaps the caller.
    private static BenchmarkCall BurnAllowDeath(KusamaRuntime runtime, uint component)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        Balance ed = Ed(runtime);
        Fund(runtime, caller, ed * EdMultiplier);
        Balance amount = ed * (EdMultiplier - 1) + new Balance(1);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.Burn(amount, false)), Origin.Signed(caller), caller);
    }

    private static BenchmarkCall BurnKeepAlive(KusamaRuntime runtime, uint component)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        Balance ed = Ed(runtime);
        Fund(runtime, caller, ed * EdMultiplier);
        return BenchmarkCall.Dispatch(Call(new BalancesCall.Burn(ed, true)), Origin.Signed(caller), caller);
    }

    private static MultiAddress Recipient => new MultiAddress.Id(BenchmarkAccounts.Account("recipient", 0, Seed));

    private static RuntimeCall Call(BalancesCall call) => new RuntimeCall.Balances(call);

    private static Balance Ed(KusamaRuntime runtime) => runtime.Balances.Config.ExistentialDeposit;

    // FRAME's make_free_balance_be on a new account: minted, so the total issuance stays consistent.
    private static void Fund(KusamaRuntime runtime, in AccountId32 who, Balance amount) =>
        Require(runtime.Balances.MintInto(who, amount, out _), "mint");

    private static void Require(DispatchResult result, string step)
    {
        if (result.IsError) throw new InvalidOperationException($"Benchmark setup step '{step}' failed: {result.Error}.");
    }
}
