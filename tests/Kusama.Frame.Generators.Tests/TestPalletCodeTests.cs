using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Generators.Tests.Pallets;
using Kusama.Frame.Primitives;
using Kusama.Runtime;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale;

namespace Kusama.Frame.Generators.Tests;

/// <summary>
/// Pallets in Pallets/ declared with Balances', Timestamp's and Utility's argument types, derived at build time. Known bytes
/// are Kusama's calls encoded by @polkadot/types 16.5.6 (static Kusama metadata, spec 1_003_000) without the pallet index byte.
/// </summary>
public class TestPalletCodeTests
{
    private static readonly AccountId32 Alice = new(Hex.Decode("0x" + string.Concat(Enumerable.Repeat("11", 32))));
    private static readonly AccountId32 Bob = new(Hex.Decode("0x" + string.Concat(Enumerable.Repeat("22", 32))));
    private static readonly string BobHex = string.Concat(Enumerable.Repeat("22", 32));

    public static TheoryData<string, BalancesCall> BalancesCalls => new()
    {
        { "0x0300" + BobHex + "e5c0", new BalancesCall.TransferKeepAlive(new MultiAddress.Id(Bob), 12345UL) },
        { "0x02011c00" + BobHex + "070010a5d4e8", new BalancesCall.ForceTransfer(new MultiAddress.Index(7), new MultiAddress.Id(Bob), 1_000_000_000_000UL) },
        { "0x0901a10f", new BalancesCall.ForceAdjustTotalIssuance(new AdjustmentDirection.Decrease(), 1000UL) },
        { "0x0608" + string.Concat(Enumerable.Repeat("11", 32)) + BobHex, new BalancesCall.UpgradeAccounts([Alice, Bob]) },
        { "0x0400" + BobHex + "01", new BalancesCall.TransferAll(new MultiAddress.Id(Bob), true) },
    };

    [Theory]
    [MemberData(nameof(BalancesCalls))]
    public void Balances_shaped_calls_encode_to_polkadot_js_bytes_and_round_trip(string hex, BalancesCall call)
    {
        byte[] encoded = ScaleCodec.Encode(call);

        Assert.Equal(hex, Hex.Encode(encoded));
        Assert.Equal(encoded.Length, BalancesCall.GetEncodedSize(call));
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(ScaleCodec.Decode<BalancesCall>(encoded))));
    }

    [Fact]
    public void Timestamp_set_encodes_now_as_a_compact_u64()
    {
        Assert.Equal("0x000b0068e5cf8b01", Hex.Encode(ScaleCodec.Encode<TimestampCall>(new TimestampCall.Set(1_700_000_000_000))));
        Assert.Equal(DispatchClass.Mandatory, TimestampPallet.GetDispatchInfo(new TimestampCall.Set(1)).Class);
    }

    [Fact]
    public void A_Vec_longer_than_its_MaxLength_fails_to_decode()
    {
        byte[] three = ScaleCodec.Encode<BalancesCall>(new BalancesCall.UpgradeAccounts([Alice, Bob, Alice]));

        var error = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<BalancesCall>(three));
        Assert.Contains("exceeds the limit of 2", error.Message);
    }

    [Fact]
    public void Dispatch_runs_the_declared_method_with_the_decoded_arguments()
    {
        var pallet = new BalancesPallet();
        BalancesCall call = ScaleCodec.Decode<BalancesCall>(Hex.Decode("0x0901a10f"));

        Assert.True(pallet.Dispatch(call, Origin.Root).IsOk);
        Assert.Equal(DispatchError.BadOrigin, pallet.Dispatch(new BalancesCall.ForceTransfer(new MultiAddress.Id(Alice), new MultiAddress.Id(Bob), 1UL), Origin.Signed(Alice)).Error);
        Assert.Equal(["force_adjust_total_issuance False 1000"], pallet.Dispatched);
    }

    [Fact]
    public void Dispatch_info_carries_the_declared_weight_class_and_pays()
    {
        DispatchInfo info = BalancesPallet.GetDispatchInfo(new BalancesCall.UpgradeAccounts([Alice, Bob]));

        Assert.Equal(new DispatchInfo(Weight.FromParts(20, 7), DispatchClass.Operational, Pays.No), info);
        Assert.Equal(new DispatchInfo(Weight.Zero), BalancesPallet.GetDispatchInfo(new BalancesCall.ForceAdjustTotalIssuance(new AdjustmentDirection.Increase(), 1UL)));
    }

    [Fact]
    public void Utility_shaped_calls_nest_runtime_calls_and_read_them_in_their_weight()
    {
        var remark = new RuntimeCall.System(new SystemCall.Remark([0xde, 0xad]));
        var batch = new UtilityCall.Batch([remark, remark]);
        var derivative = new UtilityCall.AsDerivative(3, remark);
        var withWeight = new UtilityCall.WithWeight(remark, Weight.FromParts(5, 6));

        // polkadot.js: utility.batch / as_derivative / with_weight of system.remark(0xdead), less Utility's index byte 0x18.
        Assert.Equal("0x0008000008dead000008dead", Hex.Encode(ScaleCodec.Encode<UtilityCall>(batch)));
        Assert.Equal("0x010300000008dead", Hex.Encode(ScaleCodec.Encode<UtilityCall>(derivative)));
        Assert.Equal("0x05000008dead1418", Hex.Encode(ScaleCodec.Encode<UtilityCall>(withWeight)));
        Assert.Equal(TestWeights.Batch(2), UtilityPallet.GetDispatchInfo(batch).Weight);
        Assert.Equal(KusamaRuntime.GetDispatchInfo(remark).Weight, UtilityPallet.GetDispatchInfo(derivative).Weight);
        Assert.Equal(Weight.FromParts(5, 6), UtilityPallet.GetDispatchInfo(withWeight).Weight);
        var decoded = (UtilityCall.Batch)ScaleCodec.Decode<UtilityCall>(ScaleCodec.Encode<UtilityCall>(batch));
        Assert.Equal(2, decoded.Calls.Length);
    }

    [Fact]
    public void Event_fields_marked_compact_on_the_property_are_encoded_compact()
    {
        var transfer = new BalancesEvent.Transfer(Alice, Bob, 12345UL);
        var compact = new BalancesEvent.CompactAmount(Alice, 1000UL, [7]);

        Assert.Equal("0x02" + string.Concat(Enumerable.Repeat("11", 32)) + BobHex + "39300000000000000000000000000000", Hex.Encode(ScaleCodec.Encode<BalancesEvent>(transfer)));
        // Not a Kusama event: 30, the account, Compact<u128> 1000 = a10f, Vec<u8> [7] = 04 07 (SCALE's compact rules as in the calls above).
        Assert.Equal("0x1e" + string.Concat(Enumerable.Repeat("11", 32)) + "a10f" + "0407", Hex.Encode(ScaleCodec.Encode<BalancesEvent>(compact)));
        Assert.Equal(transfer, ScaleCodec.Decode<BalancesEvent>(ScaleCodec.Encode<BalancesEvent>(transfer)));
    }
}
