using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Utility;
using Kusama.Scale;

namespace Kusama.Runtime.Tests.Pallets.Utility;

// Known bytes come from @polkadot/types with Kusama's static metadata (spec 1,003,000).
public class UtilityCodecTests
{
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    private static readonly RuntimeCall Remark = new RuntimeCall.System(new SystemCall.Remark([1, 2]));

    public static TheoryData<string, RuntimeCall> Calls => new()
    {
        { "0x18000800000801020000080102", new RuntimeCall.Utility(new UtilityCall.Batch([Remark, Remark])) },
        { "0x180101020000080102", new RuntimeCall.Utility(new UtilityCall.AsDerivative(513, Remark)) },
        { "0x18030001d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d0000080102", new RuntimeCall.Utility(new UtilityCall.DispatchAs(new OriginCaller.System(Origin.Signed(Alice)), Remark)) },
        { "0x18050000080102ed012107", new RuntimeCall.Utility(new UtilityCall.WithWeight(Remark, Weight.FromParts(123, 456))) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Calls_encode_and_decode_as_polkadot_js_does(string hex, RuntimeCall call)
    {
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(call)));
        RuntimeCall decoded = ScaleCodec.Decode<RuntimeCall>(Hex.Decode(hex));
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(decoded)));
        Assert.Equal(Hex.Decode(hex).Length, RuntimeCall.GetEncodedSize(call));
    }

    public static TheoryData<string, RuntimeEvent> Events => new()
    {
        { "0x180007000000030402000000", new RuntimeEvent.Utility(new UtilityEvent.BatchInterrupted(7, DispatchError.Module(new ModuleError(4, 2)))) },
        { "0x180400", new RuntimeEvent.Utility(new UtilityEvent.ItemFailed(DispatchError.Other())) },
        { "0x1802", new RuntimeEvent.Utility(new UtilityEvent.BatchCompletedWithErrors()) },
        { "0x180500", new RuntimeEvent.Utility(new UtilityEvent.DispatchedAs(DispatchResult.Ok)) },
        { "0x18050102", new RuntimeEvent.Utility(new UtilityEvent.DispatchedAs(DispatchResult.Failure(DispatchError.BadOrigin))) },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Events_encode_and_decode_as_polkadot_js_does(string hex, RuntimeEvent @event)
    {
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(@event)));
        Assert.Equal(@event, ScaleCodec.Decode<RuntimeEvent>(Hex.Decode(hex)));
        Assert.Equal(Hex.Decode(hex).Length, RuntimeEvent.GetEncodedSize(@event));
    }

    [Theory]
    [InlineData("0x0000", OriginKind.Root)]
    [InlineData("0x0002", OriginKind.None)]
    [InlineData("0x0001d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", OriginKind.Signed)]
    public void Origin_caller_encodes_as_polkadot_js_does(string hex, OriginKind kind)
    {
        OriginCaller caller = ScaleCodec.Decode<OriginCaller>(Hex.Decode(hex));
        Origin origin = caller.ToOrigin();
        Assert.Equal(kind, origin.Kind);
        if (kind == OriginKind.Signed) Assert.Equal(Origin.Signed(Alice), origin);
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(caller)));
    }

    [Theory]
    [InlineData("0x04")] // Void: sp_core::Void has no values
    [InlineData("0x2b00")] // Origins (43): arrives with its pallet
    [InlineData("0x3200")] // ParachainsOrigin (50)
    [InlineData("0x6300")] // XcmPallet (99)
    [InlineData("0x0003")] // no RawOrigin variant 3
    public void Origin_callers_this_runtime_cannot_hold_do_not_decode(string hex)
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<OriginCaller>(Hex.Decode(hex)));
    }

    // batch([..[system.remark(b"")]..]) nested `depth` times: each level is 0x18 0x00 (utility.batch) + compact(1) = 0x04.
    private static byte[] NestedBatch(int depth)
    {
        var bytes = new byte[depth * 3 + 3];
        for (int i = 0; i < depth; i++)
        {
            bytes[i * 3] = KusamaRuntime.UtilityIndex;
            bytes[i * 3 + 1] = 0;
            bytes[i * 3 + 2] = 0x04;
        }
        return bytes; // the innermost call is system.remark(b""): 0x00 0x00 0x00
    }

    [Fact]
    public void Calls_nested_up_to_MAX_EXTRINSIC_DEPTH_decode()
    {
        RuntimeCall call = ScaleCodec.Decode<RuntimeCall>(NestedBatch(RuntimeCall.MaxExtrinsicDepth));
        int depth = 0;
        while (call is RuntimeCall.Utility { Call: UtilityCall.Batch batch })
        {
            call = batch.Calls[0];
            depth++;
        }
        Assert.Equal(RuntimeCall.MaxExtrinsicDepth, depth);
        Assert.IsType<RuntimeCall.System>(call);
    }

    [Theory]
    [InlineData(257)]
    [InlineData(1_000_000)]
    public void Calls_nested_deeper_than_MAX_EXTRINSIC_DEPTH_are_a_decode_error(int depth)
    {
        var thrown = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<RuntimeCall>(NestedBatch(depth)));
        Assert.Contains("nesting", thrown.Message);
    }

    [Fact]
    public void Boxed_calls_count_towards_the_depth_too()
    {
        // as_derivative(0, ..) nested 257 times: 0x18 0x01 + u16 index.
        var bytes = new List<byte>();
        for (int i = 0; i < 257; i++) bytes.AddRange([KusamaRuntime.UtilityIndex, 1, 0, 0]);
        bytes.AddRange([0, 0, 0]);
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<RuntimeCall>(bytes.ToArray()));
        Assert.IsType<RuntimeCall.Utility>(ScaleCodec.Decode<RuntimeCall>(bytes.Skip(4).ToArray()));
    }
}
