using System.Numerics;
using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

/// <remarks>
/// Cases are pallet_transaction_payment's own unit tests (<c>substrate/frame/transaction-payment/src/tests.rs</c>) over its
/// mock: WeightToFee and LengthToFee are constant multipliers, <c>max_block</c> = (1024, u64::MAX), block length 5 MiB with
/// Normal at 75 %, and the base extrinsic weight the ExtBuilder sets. Their call weight plus extension weight is our
/// <see cref="DispatchInfo.Weight"/>.
/// </remarks>
public class FeeCalculatorTests
{
    private static FeeCalculator<ConstantMultiplier, ConstantMultiplier> Mock(ulong baseWeight, ulong byteFee = 1, ulong weightFee = 1)
    {
        var baseExtrinsic = new Weight(baseWeight, 0);
        var limits = new BlockLimits(new Weight(1024, ulong.MaxValue), baseExtrinsic, baseExtrinsic, baseExtrinsic,
            3_932_160, 5_242_880, 5_242_880);
        return new(new ConstantMultiplier(weightFee), new ConstantMultiplier(byteFee), limits);
    }

    private static DispatchInfo Operational(ulong refTime, Pays pays = Pays.Yes) => new(new Weight(refTime, 0), DispatchClass.Operational, pays);

    private static readonly FixedU128 ThreeHalves = FixedU128.SaturatingFromRational(3, 2);

    [Fact] // `compute_fee_works_without_multiplier`
    public void Compute_fee_without_multiplier()
    {
        var calc = Mock(baseWeight: 100, byteFee: 10);
        var one = FixedU128.One;
        Assert.Equal((Balance)10UL, calc.ComputeFee(0, Operational(0, Pays.No), 10UL, one));
        Assert.Equal((Balance)100UL, calc.ComputeFee(0, Operational(0), 0UL, one));
        Assert.Equal((Balance)169UL, calc.ComputeFee(0, Operational(0), 69UL, one));
        Assert.Equal((Balance)520UL, calc.ComputeFee(42, Operational(0), 0UL, one));
        Assert.Equal((Balance)1100UL, calc.ComputeFee(0, Operational(1000), 0UL, one));
    }

    [Fact] // `compute_fee_works_with_multiplier`
    public void Compute_fee_scales_only_the_weight_fee_by_the_multiplier()
    {
        var calc = Mock(baseWeight: 100, byteFee: 10);
        Assert.Equal((Balance)100UL, calc.ComputeFee(0, Operational(0), 0UL, ThreeHalves));
        Assert.Equal((Balance)(100UL + 3 * 123 / 2 + 4560 + 789), calc.ComputeFee(456, Operational(123), 789UL, ThreeHalves));
    }

    [Fact] // `compute_fee_works_with_negative_multiplier`
    public void Compute_fee_with_a_multiplier_below_one()
    {
        var calc = Mock(baseWeight: 100, byteFee: 10);
        var half = FixedU128.SaturatingFromRational(1, 2);
        Assert.Equal((Balance)100UL, calc.ComputeFee(0, Operational(0), 0UL, half));
        Assert.Equal((Balance)(100UL + 123 / 2 + 4560 + 789), calc.ComputeFee(456, Operational(123), 789UL, half));
    }

    [Fact] // `compute_fee_does_not_overflow` (the mock's u64::MAX tip becomes u128::MAX with Kusama's balance)
    public void Compute_fee_saturates()
    {
        var calc = Mock(baseWeight: 100, byteFee: 10);
        var info = new DispatchInfo(Weight.MaxValue, DispatchClass.Operational);
        Assert.Equal(Balance.MaxValue, calc.ComputeFee(uint.MaxValue, info, Balance.MaxValue, FixedU128.One));
    }

    [Fact] // `transaction_extension_transaction_payment_is_bounded`: the weight is capped at max_block before pricing
    public void Weight_fee_is_capped_at_the_maximum_block_weight()
    {
        var calc = Mock(baseWeight: 0, byteFee: 0);
        Assert.Equal((Balance)1024UL, calc.ComputeFee(10, new DispatchInfo(Weight.MaxValue), 0UL, FixedU128.One));
    }

    [Fact] // `query_info_and_fee_details_works` and `query_call_info_and_fee_details_works`
    public void Query_info_and_fee_details()
    {
        var calc = Mock(baseWeight: 5, weightFee: 2);
        var info = new DispatchInfo(new Weight(2_000, 7));
        const uint len = 143;
        ulong adjusted = Math.Min(info.Weight.RefTime, 1024UL) * 2 * 3 / 2;

        Assert.Equal(new RuntimeDispatchInfo(info.Weight, DispatchClass.Normal, 5UL * 2 + len + adjusted),
            calc.QueryInfo(info, len, isBare: false, ThreeHalves));
        Assert.Equal(new RuntimeDispatchInfo(info.Weight, DispatchClass.Normal, 0UL), calc.QueryInfo(info, len, isBare: true, ThreeHalves));

        var expected = new FeeDetails(Option<InclusionFee>.Some(new InclusionFee(5UL * 2, len, adjusted)), 0UL);
        Assert.Equal(expected, calc.QueryFeeDetails(info, len, isBare: false, ThreeHalves));
        Assert.Equal(new FeeDetails(Option<InclusionFee>.None, 0UL), calc.QueryFeeDetails(info, len, isBare: true, ThreeHalves));
    }

    [Fact] // `transaction_extension_transaction_payment_multiplied_refund_works`
    public void Actual_fee_charges_the_weight_used()
    {
        var calc = Mock(baseWeight: 5);
        var info = new DispatchInfo(new Weight(100 + 10, 0)); // call weight 100, extension weight 10
        Assert.Equal((Balance)(5UL + 10 + 165 + 5), calc.ComputeFee(10, info, 5UL, ThreeHalves));
        var post = new PostDispatchInfo(new Weight(50 + 10, 0)); // the extension adds its own weight back
        Assert.Equal((Balance)(5UL + 10 + (165 - 75) + 5), calc.ComputeActualFee(10, info, post, 5UL, ThreeHalves));
    }

    [Fact] // `refund_consistent_with_actual_weight`
    public void Actual_fee_with_a_five_quarters_multiplier()
    {
        var calc = Mock(baseWeight: 7);
        var info = new DispatchInfo(new Weight(100 + 10, 0));
        var post = new PostDispatchInfo(new Weight(33 + 10, 0));
        var multiplier = FixedU128.SaturatingFromRational(5, 4);
        Assert.Equal((Balance)(7UL + 10 + (33 + 10) * 5 / 4 + 5), calc.ComputeActualFee(10, info, post, 5UL, multiplier));
    }

    [Fact] // `actual_weight_higher_than_max_refunds_nothing`
    public void Actual_weight_above_the_declared_one_charges_the_declared_one()
    {
        var calc = Mock(baseWeight: 5);
        var info = new DispatchInfo(new Weight(100, 0));
        var post = new PostDispatchInfo(new Weight(101, 0));
        Assert.Equal(calc.ComputeFee(10, info, 5UL, FixedU128.One), calc.ComputeActualFee(10, info, post, 5UL, FixedU128.One));
        Assert.Equal((Balance)(5UL + 10 + 100 + 5), calc.ComputeActualFee(10, info, post, 5UL, FixedU128.One));
    }

    [Fact] // `post_info_can_change_pays_fee` and `zero_transfer_on_free_transaction`
    public void Pays_no_leaves_only_the_tip()
    {
        var calc = Mock(baseWeight: 7);
        var info = new DispatchInfo(new Weight(100, 0));
        var multiplier = FixedU128.SaturatingFromRational(5, 4);
        var details = calc.ComputeActualFeeDetails(10, info, new PostDispatchInfo(null, Pays.No), 5UL, multiplier);
        Assert.False(details.InclusionFee.HasValue);
        Assert.Equal((Balance)5UL, details.FinalFee);
        Assert.Equal(Balance.Zero, calc.ComputeFee(10, info with { PaysFee = Pays.No }, 0UL, multiplier));
    }

    [Fact] // kusama-runtime.md Appendix C.5: W = 200 µs, L = 150 B, m = 1 gives ≈ 586.8e6 planck
    public void Kusama_fee_of_the_worked_example()
    {
        var info = new DispatchInfo(new Weight(200_000_000, 0));
        var details = KusamaFees.Calculator.ComputeFeeDetails(150, info, 0UL, FixedU128.One);
        var fee = details.InclusionFee.Value;
        Assert.Equal((Balance)33_333_333UL, fee.BaseFee);
        Assert.Equal((Balance)(150UL * 3_333_330), fee.LenFee);
        Assert.Equal((Balance)(ulong)NearestPerbill(200_000_000), fee.AdjustedWeightFee);
        Assert.InRange((double)details.FinalFee.Value, 586.7e6, 586.9e6);
    }

    [Fact]
    public void Kusama_multiplier_scales_the_weight_fee_rounding_down()
    {
        var info = new DispatchInfo(new Weight(200_000_000, 0));
        var multiplier = FixedU128.FromInner(1_234_567_890_123_456_789);
        var fee = KusamaFees.Calculator.ComputeFeeDetails(0, info, 0UL, multiplier).InclusionFee.Value;
        BigInteger expected = NearestPerbill(200_000_000) * 1_234_567_890_123_456_789 / BigInteger.Pow(10, 18);
        Assert.Equal((UInt128)expected, fee.AdjustedWeightFee.Value);
        Assert.Equal((Balance)33_333_333UL, fee.BaseFee);
    }

    [Fact]
    public void Kusama_query_weight_and_length_to_fee()
    {
        Assert.Equal((Balance)(ulong)NearestPerbill(2_000_000_000_000), KusamaFees.Calculator.WeightToFee(Weight.MaxValue));
        Assert.Equal((Balance)(100UL * 3_333_330), KusamaFees.Calculator.LengthToFee(100));
        Assert.Equal(KusamaFees.Calculator.WeightToFee(new Weight(1_000_000, 0)),
            KusamaFees.Calculator.AdjustedWeightToFee(new Weight(1_000_000, 0), FixedU128.One));
    }

    // Kusama's WeightToFee by hand: ref_time × 267,295,345 / 10^9 (the coefficient's Perbill parts), rounded to nearest.
    private static BigInteger NearestPerbill(ulong refTime)
    {
        BigInteger quotient = BigInteger.DivRem((BigInteger)refTime * 267_295_345, 1_000_000_000, out BigInteger remainder);
        return remainder > 500_000_000 ? quotient + 1 : quotient;
    }
}
