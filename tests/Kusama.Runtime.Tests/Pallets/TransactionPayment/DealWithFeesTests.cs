using System.Numerics;
using Kusama.Core;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

public class DealWithFeesTests
{
    [Fact] // polkadot runtime-common impls.rs `test_fees_and_tip_split`
    public void Fee_goes_80_20_and_the_tip_goes_to_the_author()
    {
        var split = DealWithFees.Split(10UL, 20UL);
        Assert.Equal((Balance)22UL, split.Author);
        Assert.Equal((Balance)8UL, split.Treasury);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("4")]
    [InlineData("999")]
    [InlineData("586791902")]
    [InlineData("340282366920938463463374607431768211455")]
    public void Treasury_gets_the_fee_times_80_over_100_rounded_down_and_the_author_the_rest(string feeText)
    {
        UInt128 fee = UInt128.Parse(feeText);
        // `ration`: the product saturates at u128::MAX before dividing.
        BigInteger product = BigInteger.Min((BigInteger)fee * 80, (BigInteger)UInt128.MaxValue);
        UInt128 treasury = (UInt128)(product / 100);
        var split = DealWithFees.Split(fee, Balance.Zero);
        Assert.Equal(treasury, split.Treasury.Value);
        Assert.Equal(fee - treasury, split.Author.Value);
    }

    [Fact]
    public void Split_paid_takes_the_tip_off_the_payment_first()
    {
        // 1,000 kept after the refund, 100 of it the tip: 900 is the fee.
        Assert.Equal(new FeeSplit(720UL, 180UL + 100UL), DealWithFees.SplitPaid(1_000UL, 100UL));
        // `split` gives the tip at most what was paid.
        Assert.Equal(new FeeSplit(0UL, 50UL), DealWithFees.SplitPaid(50UL, 100UL));
    }

    [Fact]
    public void Ration_of_zero_to_zero_is_nothing_and_overflowing_shares_are_halved()
    {
        Assert.Equal((Balance.Zero, Balance.Zero), DealWithFees.Ration(100UL, 0, 0));
        Assert.Equal(((Balance)50UL, (Balance)50UL), DealWithFees.Ration(100UL, uint.MaxValue, uint.MaxValue));
    }
}
