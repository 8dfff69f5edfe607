using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Tests.Support;
using Kusama.Scale;

namespace Kusama.Runtime.Tests.Pallets.System;

public class SystemPalletTests
{
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    [Fact]
    public void Account_key_and_default_value_are_substrates()
    {
        var ext = new ExtBuilder().Build();
        // client-interop.md §3.5: System.Account(Alice), verified against polkadot.js.
        Assert.Equal(
            "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
            Hex.Encode(ext.System.Account.HashedKey(Alice)));
        // Kusama metadata: System.Account's default is 80 bytes with only the flags' top bit set.
        Assert.Equal("0x" + new string('0', 158) + "80", Hex.Encode(ScaleCodec.Encode(AccountInfo.Default)));
    }

    [Fact]
    public void AccountInfo_encodes_as_the_verified_example()
    {
        var info = new AccountInfo(3, 1, 1, 0, new Kusama.Runtime.Pallets.Balances.AccountData(1_000_000_000_000UL, 5UL, 0UL, UInt128.One << 127));
        Assert.Equal(
            "0x03000000010000000100000000000000" + "0010a5d4e8" + new string('0', 22) + "05" + new string('0', 30) + new string('0', 32) + new string('0', 30) + "80",
            Hex.Encode(ScaleCodec.Encode(info)));
    }

    [Fact]
    public void RemarkWithEvent_deposits_Remarked_with_the_blake2_hash()
    {
        var ext = new ExtBuilder().Build();
        byte[] remark = "hello"u8.ToArray();
        ext.AssertOk(ext.Runtime.Dispatch(new RuntimeCall.System(new SystemCall.RemarkWithEvent(remark)), Origin.Signed(Alice)));
        ext.AssertLastEvent(new RuntimeEvent.System(new SystemEvent.Remarked(Alice, Blake2b.Hash256(remark))));
    }

    [Fact]
    public void RemarkWithEvent_from_root_is_BadOrigin_and_changes_nothing()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertNoop(r => r.Dispatch(new RuntimeCall.System(new SystemCall.RemarkWithEvent([1])), Origin.Root), DispatchError.BadOrigin);
    }

    [Fact]
    public void SetStorage_needs_root()
    {
        var ext = new ExtBuilder().Build();
        var call = new RuntimeCall.System(new SystemCall.SetStorage([([1, 2], [3])]));
        ext.AssertNoop(r => r.Dispatch(call, Origin.Signed(Alice)), DispatchError.BadOrigin);
        ext.AssertOk(ext.Runtime.Dispatch(call, Origin.Root));
        Assert.Equal(new byte[] { 3 }, ext.Storage.Get([1, 2]));
    }

    [Fact]
    public void Last_provider_removal_reaps_the_account_unless_consumers_remain()
    {
        var ext = new ExtBuilder().Build();
        Assert.Equal(IncRefStatus.Created, ext.System.IncProviders(Alice));
        ext.AssertLastEvent(new RuntimeEvent.System(new SystemEvent.NewAccount(Alice)));
        ext.AssertOk(ext.System.IncConsumers(Alice));
        Assert.False(ext.System.DecProviders(Alice, out _, out DispatchError error));
        Assert.Equal(DispatchError.ConsumerRemaining, error);
        ext.System.DecConsumers(Alice);
        Assert.True(ext.System.DecProviders(Alice, out DecRefStatus status, out _));
        Assert.Equal(DecRefStatus.Reaped, status);
        Assert.False(ext.System.AccountExists(Alice));
        ext.AssertLastEvent(new RuntimeEvent.System(new SystemEvent.KilledAccount(Alice)));
    }

    [Fact]
    public void Consumers_need_a_provider_and_stay_under_the_limit()
    {
        var ext = new ExtBuilder().Build();
        Assert.Equal(DispatchError.NoProviders, ext.System.IncConsumers(Alice).Error);
        ext.System.IncProviders(Alice);
        for (int i = 0; i < 16; i++) ext.AssertOk(ext.System.IncConsumers(Alice));
        Assert.Equal(DispatchError.TooManyConsumers, ext.System.IncConsumers(Alice).Error);
    }

    [Fact]
    public void Events_are_not_recorded_at_genesis()
    {
        var ext = new ExtBuilder().AtBlock(0).Build();
        ext.System.IncProviders(Alice);
        Assert.Empty(ext.Events());
    }

    [Fact]
    public void Call_roundtrips_through_RuntimeCall_with_pallet_and_call_index()
    {
        var call = new RuntimeCall.System(new SystemCall.Remark([0xde, 0xad]));
        byte[] bytes = ScaleCodec.Encode<RuntimeCall>(call);
        Assert.Equal("0x000008dead", Hex.Encode(bytes));
        var decoded = ScaleCodec.Decode<RuntimeCall>(bytes);
        Assert.Equal(new byte[] { 0xde, 0xad }, ((SystemCall.Remark)((RuntimeCall.System)decoded).Call).RemarkBytes);
    }
}
