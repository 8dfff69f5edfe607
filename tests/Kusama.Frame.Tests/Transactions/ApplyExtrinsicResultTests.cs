using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Frame.Tests.Transactions;

/// <summary>Known bytes from @polkadot/types 16.5.6 <c>createType('ApplyExtrinsicResult', …)</c>.</summary>
public class ApplyExtrinsicResultTests
{
    public static TheoryData<string, ApplyExtrinsicResult> Known() => new()
    {
        { "0x0000", ApplyExtrinsicResult.Success },
        { "0x0001030402000000", ApplyExtrinsicResult.DispatchFailed(DispatchError.Module(new ModuleError(4, 2))) },
        { "0x000102", ApplyExtrinsicResult.DispatchFailed(DispatchError.BadOrigin) },
        { "0x010001", ApplyExtrinsicResult.Invalid(InvalidTransaction.Payment) },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Apply_results_encode_as_polkadot_js_does(string hex, ApplyExtrinsicResult expected)
    {
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(expected)));
        Assert.Equal(expected, ScaleCodec.Decode<ApplyExtrinsicResult>(Hex.Decode(hex)));
    }

    [Fact]
    public void The_accessors_follow_the_nesting()
    {
        var failed = ApplyExtrinsicResult.DispatchFailed(DispatchError.BadOrigin);
        var invalid = ApplyExtrinsicResult.Invalid(InvalidTransaction.Stale);

        Assert.True(failed.IsValid);
        Assert.False(failed.IsDispatchOk);
        Assert.Equal(DispatchError.BadOrigin, failed.DispatchError);
        Assert.False(invalid.IsValid);
        Assert.Equal(InvalidTransactionKind.Stale, invalid.ValidityError.InvalidError.Kind);
        Assert.Throws<InvalidOperationException>(() => ApplyExtrinsicResult.Success.DispatchError);
        Assert.Throws<InvalidOperationException>(() => failed.ValidityError);
    }

    [Theory]
    [InlineData("0x02")]
    [InlineData("0x0002")]
    [InlineData("0x00")]
    [InlineData("0x0000ff")]
    public void Malformed_results_are_rejected(string hex)
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<ApplyExtrinsicResult>(Hex.Decode(hex)));
    }
}
