using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

public class FeeCodecTests
{
    [Fact] // client-interop.md §3.8 worked example for TransactionPaymentApi_query_info
    public void Runtime_dispatch_info_matches_the_query_info_example()
    {
        byte[] bytes = Convert.FromHexString("0246c32325380000ca9a3b000000000000000000000000");
        var expected = new RuntimeDispatchInfo(new Weight(150_000_000, 3_593), DispatchClass.Normal, 1_000_000_000UL);
        Assert.Equal(expected, ScaleCodec.Decode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(bytes));
        Assert.Equal(bytes, ScaleCodec.Encode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(expected));
    }

    [Fact] // bytes from @polkadot/types 16.5.6: createType('RuntimeDispatchInfo', …) with class Operational
    public void Runtime_dispatch_info_round_trips_an_operational_full_block()
    {
        byte[] bytes = Convert.FromHexString("0b00204aa9d1010001907316787c0000000000000000000000");
        var info = new RuntimeDispatchInfo(new Weight(2_000_000_000_000, 0), DispatchClass.Operational, 534_590_682_000UL);
        Assert.Equal(bytes, ScaleCodec.Encode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(info));
        Assert.Equal(info, ScaleCodec.Decode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(bytes));
    }

    [Fact]
    public void Runtime_dispatch_info_rejects_an_unknown_class() =>
        Assert.Throws<ScaleDecodeException>(() =>
            ScaleCodec.Decode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(Convert.FromHexString("000003" + new string('0', 32))));

    [Fact] // bytes from @polkadot/types 16.5.6: createType('(Option<InclusionFee>, Balance)', …)
    public void Fee_details_with_an_inclusion_fee_match_polkadot_js()
    {
        byte[] bytes = Convert.FromHexString(
            "0155a0fc010000000000000000000000000c63cd1d0000000000000000000000007cb82f030000000000000000000000000010a5d4e80000000000000000000000");
        var details = new FeeDetails(Option<InclusionFee>.Some(new InclusionFee(33_333_333UL, 499_999_500UL, 53_459_068UL)), 1_000_000_000_000UL);
        Assert.Equal(bytes, ScaleCodec.Encode<FeeDetails, FeeDetailsCodec>(details));
        Assert.Equal(details, ScaleCodec.Decode<FeeDetails, FeeDetailsCodec>(bytes));
    }

    [Fact] // bytes from @polkadot/types 16.5.6: createType('(Option<InclusionFee>, Balance)', [null, 7])
    public void Fee_details_without_an_inclusion_fee_match_polkadot_js()
    {
        byte[] bytes = Convert.FromHexString("0007000000000000000000000000000000");
        var details = new FeeDetails(Option<InclusionFee>.None, 7UL);
        Assert.Equal(bytes, ScaleCodec.Encode<FeeDetails, FeeDetailsCodec>(details));
        Assert.Equal(details, ScaleCodec.Decode<FeeDetails, FeeDetailsCodec>(bytes));
    }

    [Fact]
    public void Fee_details_rejects_a_bad_option_tag() =>
        Assert.Throws<ScaleDecodeException>(() =>
            ScaleCodec.Decode<FeeDetails, FeeDetailsCodec>(Convert.FromHexString("02" + new string('0', 32))));

    [Fact]
    public void Final_fee_adds_the_inclusion_fee_parts_and_the_tip_saturating()
    {
        var details = new FeeDetails(Option<InclusionFee>.Some(new InclusionFee(1UL, 2UL, 3UL)), 4UL);
        Assert.Equal((Balance)10UL, details.FinalFee);
        var huge = new FeeDetails(Option<InclusionFee>.Some(new InclusionFee(Balance.MaxValue, 1UL, 1UL)), 1UL);
        Assert.Equal(Balance.MaxValue, huge.FinalFee);
    }

    [Fact] // Kusama metadata (spec 1_003_000): TransactionPayment.NextFeeMultiplier default 0x000064a7b3b6e00d0000000000000000
    public void Next_fee_multiplier_defaults_to_one()
    {
        byte[] storageDefault = Convert.FromHexString("000064a7b3b6e00d0000000000000000");
        Assert.Equal(FixedU128.One, ScaleCodec.Decode<FixedU128, FixedU128Codec>(storageDefault));
        Assert.Equal(storageDefault, ScaleCodec.Encode<FixedU128, FixedU128Codec>(KusamaFees.NextFeeMultiplierDefault));
    }

    [Fact] // Kusama metadata: TransactionPayment constant OperationalFeeMultiplier = 0x05
    public void Operational_fee_multiplier_matches_the_metadata_constant() =>
        Assert.Equal((byte)0x05, KusamaFees.OperationalFeeMultiplier);
}
