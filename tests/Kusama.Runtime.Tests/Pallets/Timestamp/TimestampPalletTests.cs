using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Runtime.Tests.Support;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Tests.Pallets.Timestamp;

public class TimestampPalletTests
{
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    // pallet_timestamp's mock uses MinimumPeriod 5; its tests' numbers assume it.
    private static TestExternalities FrameMock() =>
        new ExtBuilder().WithConfig(RuntimeConfig.Kusama with { Timestamp = new TimestampConfig(MinimumPeriod: 5) }).Build();

    private static RuntimeCall Set(ulong now) => new RuntimeCall.Timestamp(new TimestampCall.Set(now));

    [Fact]
    public void Timestamp_works()
    {
        var ext = FrameMock();
        ext.Runtime.Timestamp.Now.Set(46);
        ext.AssertOk(ext.Runtime.Dispatch(Set(69), Origin.None));
        Assert.Equal(69UL, ext.Runtime.Timestamp.Now.Get());
        Assert.True(ext.Runtime.Timestamp.DidUpdate.Get());
    }

    [Fact]
    public void Double_timestamp_fails_with_FRAMEs_message_and_changes_nothing()
    {
        var ext = FrameMock();
        ext.Runtime.Timestamp.SetTimestamp(42);
        ext.AssertNoop(r => r.Dispatch(Set(69), Origin.None), DispatchError.Other());
        DispatchResult result = ext.Runtime.Dispatch(Set(69), Origin.None);
        Assert.Equal("Timestamp must be updated only once in the block", result.Error.Message);
    }

    [Fact]
    public void Block_period_minimum_is_enforced()
    {
        var ext = FrameMock();
        ext.Runtime.Timestamp.Now.Set(44);
        ext.AssertNoop(r => r.Dispatch(Set(46), Origin.None), DispatchError.Other());
        Assert.Equal("Timestamp must increment by at least <MinimumPeriod> between sequential blocks", ext.Runtime.Dispatch(Set(46), Origin.None).Error.Message);
        ext.AssertOk(ext.Runtime.Dispatch(Set(49), Origin.None));
    }

    [Fact]
    public void The_first_timestamp_may_be_anything()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertOk(ext.Runtime.Dispatch(Set(1), Origin.None));
        Assert.Equal(1UL, ext.Runtime.Timestamp.Get());
    }

    [Fact]
    public void Set_needs_the_None_origin()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertNoop(r => r.Dispatch(Set(10_000), Origin.Signed(Alice)), DispatchError.BadOrigin);
        ext.AssertNoop(r => r.Dispatch(Set(10_000), Origin.Root), DispatchError.BadOrigin);
    }

    [Fact]
    public void Set_is_mandatory_with_Kusamas_benchmarked_weight()
    {
        // v1.7.1 weights: 11,440,000 ps + 2 reads (25 µs) + 1 write (100 µs); proof 1,493 bytes.
        DispatchInfo info = KusamaRuntime.GetDispatchInfo(Set(1));
        Assert.Equal(new DispatchInfo(Weight.FromParts(161_440_000, 1_493), DispatchClass.Mandatory, Pays.Yes), info);
    }

    [Fact]
    public void Kusamas_minimum_period_is_half_the_slot()
    {
        // Kusama metadata: Timestamp.MinimumPeriod = 0xb80b000000000000 (3,000 as u64).
        Assert.Equal("0xb80b000000000000", Hex.Encode(ScaleCodec.Encode<ulong, U64Codec>(TimestampConfig.Kusama.MinimumPeriod)));
    }

    [Fact]
    public void Storage_keys_are_substrates()
    {
        var ext = new ExtBuilder().Build();
        // twox128("Timestamp") ++ twox128(item), computed by @polkadot/util-crypto.
        Assert.Equal("0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb", Hex.Encode(ext.Runtime.Timestamp.Now.Key));
        Assert.Equal("0xf0c365c3cf59d671eb72da0e7a4113c4bbd108c4899964f707fdaffb82636065", Hex.Encode(ext.Runtime.Timestamp.DidUpdate.Key));
    }

    [Fact]
    public void Set_call_encodes_as_polkadot_js_does()
    {
        // @polkadot/types with Kusama's metadata: timestamp.set(1_700_000_000_000).
        const string bytes = "0x02000b0068e5cf8b01";
        Assert.Equal(bytes, Hex.Encode(ScaleCodec.Encode(Set(1_700_000_000_000))));
        Assert.Equal(Set(1_700_000_000_000), ScaleCodec.Decode<RuntimeCall>(Hex.Decode(bytes)));
    }

    [Fact]
    public void On_initialize_books_on_finalize_weight()
    {
        var ext = new ExtBuilder().Build();
        Assert.Equal(Weight.FromParts(6_280_000, 0), ext.Runtime.Timestamp.OnInitialize(1));
    }

    [Fact]
    public void On_finalize_without_set_is_an_invalid_block()
    {
        var ext = new ExtBuilder().Build();
        DispatchResult check = ext.Runtime.Timestamp.CheckAndClearUpdate();
        Assert.True(check.IsError);
        Assert.Equal("Timestamp must be updated once in the block", check.Error.Message);
        var thrown = Assert.Throws<InvalidOperationException>(() => ext.Runtime.Timestamp.OnFinalize(1));
        Assert.Equal("Timestamp must be updated once in the block", thrown.Message);
    }

    [Fact]
    public void On_finalize_after_set_clears_DidUpdate()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertOk(ext.Runtime.Dispatch(Set(6_000), Origin.None));
        ext.Runtime.Timestamp.OnFinalize(1);
        Assert.False(ext.Runtime.Timestamp.DidUpdate.Exists());
        // The next block may set it again.
        ext.AssertOk(ext.Runtime.Dispatch(Set(12_000), Origin.None));
    }

    [Fact]
    public void Inherent_data_encodes_as_polkadot_js_does()
    {
        // @polkadot/types InherentData { data: BTreeMap<[u8; 8], Bytes> } with timstap0 → 1_700_000_000_000 ms.
        var data = new InherentData();
        Assert.True(data.Put<ulong, U64Codec>(TimestampPallet.InherentIdentifier, 1_700_000_000_000));
        const string bytes = "0x0474696d73746170302000" + "68e5cf8b010000";
        Assert.Equal(bytes, Hex.Encode(ScaleCodec.Encode(data)));
        InherentData decoded = ScaleCodec.Decode<InherentData>(Hex.Decode(bytes));
        Assert.True(decoded.TryGet<ulong, U64Codec>(InherentIdentifier.FromAscii("timstap0"), out ulong value));
        Assert.Equal(1_700_000_000_000UL, value);
    }

    [Theory]
    [InlineData(0UL, 1_000UL, 3_000UL)] // FRAME does not special-case genesis here: 0 + MinimumPeriod
    [InlineData(0UL, 1_700_000_000_000UL, 1_700_000_000_000UL)]
    [InlineData(10_000UL, 20_000UL, 20_000UL)] // provided time is late enough
    [InlineData(10_000UL, 11_000UL, 13_000UL)] // too early: previous + MinimumPeriod (3,000)
    public void Create_inherent_takes_the_later_of_the_provided_and_the_earliest_allowed_time(ulong previous, ulong provided, ulong expected)
    {
        var ext = new ExtBuilder().Build();
        ext.Runtime.Timestamp.Now.Set(previous);
        var data = new InherentData();
        data.Put<ulong, U64Codec>(TimestampPallet.InherentIdentifier, provided);
        TimestampCall call = ext.Runtime.Timestamp.CreateInherent(data);
        Assert.Equal(new TimestampCall.Set(expected), call);
        Assert.True(TimestampPallet.IsInherent(call));
    }

    [Theory]
    [InlineData(13_000UL, 13_000UL, null)]
    [InlineData(43_000UL, 13_000UL, null)] // exactly the 30 s drift
    [InlineData(43_001UL, 13_000UL, TimestampInherentError.TooFarInFuture)]
    [InlineData(12_999UL, 12_999UL, TimestampInherentError.TooEarly)] // previous 10,000 + 3,000
    public void Check_inherent_rejects_too_early_and_too_far_in_the_future(ulong blockTime, ulong nodeTime, TimestampInherentError? expected)
    {
        var ext = new ExtBuilder().Build();
        ext.Runtime.Timestamp.Now.Set(10_000);
        var data = new InherentData();
        data.Put<ulong, U64Codec>(TimestampPallet.InherentIdentifier, nodeTime);
        Assert.Equal(expected, ext.Runtime.Timestamp.CheckInherent(new TimestampCall.Set(blockTime), data));
    }

    [Fact]
    public void Inherent_errors_encode_as_sp_timestamps()
    {
        Assert.Equal(0, (byte)TimestampInherentError.TooEarly);
        Assert.Equal(1, (byte)TimestampInherentError.TooFarInFuture);
    }

    [Fact]
    public void Missing_inherent_data_is_a_node_error()
    {
        var ext = new ExtBuilder().Build();
        var thrown = Assert.Throws<InvalidOperationException>(() => ext.Runtime.Timestamp.CreateInherent(new InherentData()));
        Assert.Equal("Timestamp inherent data must be provided", thrown.Message);
    }
}
