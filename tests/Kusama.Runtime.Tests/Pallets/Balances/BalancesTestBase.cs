using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Tests.Support;

namespace Kusama.Runtime.Tests.Pallets.Balances;

/// <summary>Helpers shared by the Balances tests: FRAME's numbered test accounts, its <c>monied</c> genesis and call shortcuts.</summary>
public abstract class BalancesTestBase
{
    /// <summary>FRAME's test account <paramref name="n"/> (a u64 there) as an AccountId32.</summary>
    protected static AccountId32 Acc(byte n)
    {
        Span<byte> bytes = stackalloc byte[32];
        bytes[0] = n;
        return new AccountId32(bytes);
    }

    protected static MultiAddress Addr(byte n) => new MultiAddress.Id(Acc(n));

    protected static readonly RuntimeHoldReason Foo = RuntimeHoldReason.Preimage;
    protected static readonly RuntimeHoldReason Bar = RuntimeHoldReason.NisNftReceipt;
    protected static readonly RuntimeFreezeReason FreezeFoo = RuntimeFreezeReason.NominationPoolsPoolMinBalance;
    protected static readonly ulong IdFoo = BalanceLock.IdOf("foo\0\0\0\0\0"u8);
    protected static readonly ulong IdBar = BalanceLock.IdOf("bar\0\0\0\0\0"u8);

    /// <summary>FRAME's <c>ExtBuilder::default().existential_deposit(ed)</c>, optionally <c>.monied(true)</c>.</summary>
    protected static ExtBuilder Builder(ulong ed = 1, bool monied = false)
    {
        var builder = new ExtBuilder().WithExistentialDeposit(ed);
        if (monied)
            builder.WithBalances((Acc(1), 10 * ed), (Acc(2), 20 * ed), (Acc(3), 30 * ed), (Acc(4), 40 * ed), (Acc(12), 10 * ed));
        return builder;
    }

    protected static DispatchResult Call(TestExternalities ext, BalancesCall call, Origin origin) =>
        ext.Runtime.Dispatch(new RuntimeCall.Balances(call), origin);

    protected static DispatchResult ForceSetBalance(TestExternalities ext, byte who, ulong free) =>
        Call(ext, new BalancesCall.ForceSetBalance(Addr(who), free), Origin.Root);

    protected static RuntimeEvent Ev(BalancesEvent e) => new RuntimeEvent.Balances(e);

    protected static RuntimeEvent Sys(SystemEvent e) => new RuntimeEvent.System(e);

    protected static DispatchError Err(BalancesError e) => DispatchError.Module(KusamaRuntime.BalancesIndex, (byte)e);

    protected static DispatchError Token(TokenError e) => DispatchError.Token(e);
}
