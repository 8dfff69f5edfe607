using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale;

namespace Kusama.Frame.Generators.Tests;

/// <summary>
/// The real System pallet, whose call records, codecs and dispatch are now generated. Known bytes were encoded by
/// @polkadot/types 16.5.6 with Kusama's static metadata (spec 1_003_000), as <c>RuntimeCall</c>s (pallet index 0 first).
/// </summary>
public class SystemDerivedCodeTests
{
    private static readonly Hash256 CodeHash = new(Hex.Decode("0x" + string.Concat(Enumerable.Repeat("ab", 32))));
    private static readonly AccountId32 Alice = new(Hex.Decode("0x" + string.Concat(Enumerable.Repeat("11", 32))));

    public static TheoryData<string, SystemCall> Calls => new()
    {
        { "0x000008dead", new SystemCall.Remark([0xde, 0xad]) },
        { "0x00010807060504030201", new SystemCall.SetHeapPages(0x0102030405060708) },
        { "0x000408080102040300080405", new SystemCall.SetStorage([([1, 2], [3]), ([], [4, 5])]) },
        { "0x0005080401080203", new SystemCall.KillStorage([[1], [2, 3]]) },
        { "0x000608123407000000", new SystemCall.KillPrefix([0x12, 0x34], 7) },
        { "0x00070800ff", new SystemCall.RemarkWithEvent([0x00, 0xff]) },
        { "0x0009" + string.Concat(Enumerable.Repeat("ab", 32)), new SystemCall.AuthorizeUpgrade(CodeHash) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void System_calls_encode_to_polkadot_js_bytes_and_decode_back(string hex, SystemCall call)
    {
        byte[] encoded = ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.System(call));

        Assert.Equal(hex, Hex.Encode(encoded));
        Assert.Equal(encoded.Length, RuntimeCall.GetEncodedSize(new RuntimeCall.System(call)));
        var decoded = (RuntimeCall.System)ScaleCodec.Decode<RuntimeCall>(encoded);
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode<RuntimeCall>(decoded)));
        Assert.Equal(call.GetType(), decoded.Call.GetType());
    }

    public static TheoryData<string, SystemEvent> Events => new()
    {
        { "0x05" + string.Concat(Enumerable.Repeat("11", 32)) + string.Concat(Enumerable.Repeat("ab", 32)), new SystemEvent.Remarked(Alice, CodeHash) },
        { "0x06" + string.Concat(Enumerable.Repeat("ab", 32)) + "01", new SystemEvent.UpgradeAuthorized(CodeHash, true) },
        { "0x00a10f01010101", new SystemEvent.ExtrinsicSuccess(new DispatchInfo(new Weight(1000, 64), DispatchClass.Operational, Pays.No)) },
        { "0x0103040200000014000000", new SystemEvent.ExtrinsicFailed(DispatchError.Module(4, 2), new DispatchInfo(new Weight(5, 0))) },
        { "0x02", new SystemEvent.CodeUpdated() },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void System_events_encode_to_polkadot_js_bytes_and_decode_to_equal_records(string hex, SystemEvent @event)
    {
        byte[] encoded = ScaleCodec.Encode(@event);

        Assert.Equal(hex, Hex.Encode(encoded));
        Assert.Equal(encoded.Length, SystemEvent.GetEncodedSize(@event));
        Assert.Equal(@event, ScaleCodec.Decode<SystemEvent>(encoded));
    }

    [Fact]
    public void An_unknown_System_call_index_fails_to_decode()
    {
        var error = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<SystemCall>([8]));
        Assert.Contains("Unknown System call index 8", error.Message);
    }

    [Fact]
    public void Dispatch_info_evaluates_the_declared_weight_with_the_call_arguments()
    {
        DispatchInfo remark = SystemPallet.GetDispatchInfo(new SystemCall.Remark(new byte[100]));
        DispatchInfo killPrefix = SystemPallet.GetDispatchInfo(new SystemCall.KillPrefix([1], 4));

        Assert.Equal(new DispatchInfo(SystemWeights.Remark(100)), remark);
        Assert.Equal(new DispatchInfo(SystemWeights.KillPrefix(5), DispatchClass.Operational), killPrefix);
        Assert.Equal(DispatchClass.Operational, SystemPallet.GetDispatchInfo(new SystemCall.ApplyAuthorizedUpgrade([])).Class);
    }
}
