using System.Numerics;
using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

public class TransactionPriorityTests
{
    // pallet_transaction_payment's mock: max_block (1024, u64::MAX), no base weight, default BlockLength (5 MiB, Normal 75 %).
    private static readonly BlockLimits MockLimits = new(new Weight(1024, ulong.MaxValue), Weight.Zero, Weight.Zero, Weight.Zero,
        3_932_160, 5_242_880, 5_242_880);

    private static readonly FeeCalculator<ConstantMultiplier, ConstantMultiplier> Mock =
        new(new ConstantMultiplier(1UL), new ConstantMultiplier(1UL), MockLimits);

    private static ulong Priority(DispatchClass dispatchClass, ulong tip)
    {
        var info = new DispatchInfo(new Weight(100, 0), dispatchClass);
        Balance fee = Mock.ComputeFee(10, info, tip, FixedU128.One);
        return TransactionPriority.Compute(info, 10, tip, fee, MockLimits, KusamaFees.OperationalFeeMultiplier);
    }

    [Theory] // pallet tests `should_alter_operational_priority` and `no_tip_has_some_priority`
    [InlineData(DispatchClass.Normal, 5UL, 60UL)]
    [InlineData(DispatchClass.Normal, 10UL, 110UL)]
    [InlineData(DispatchClass.Normal, 0UL, 10UL)]
    [InlineData(DispatchClass.Operational, 5UL, 5810UL)]
    [InlineData(DispatchClass.Operational, 10UL, 6110UL)]
    [InlineData(DispatchClass.Operational, 0UL, 5510UL)]
    public void Priority_matches_the_pallet_tests(DispatchClass dispatchClass, ulong tip, ulong expected) =>
        Assert.Equal(expected, Priority(dispatchClass, tip));

    [Fact] // pallet test `higher_tip_have_higher_priority`
    public void Higher_tips_have_higher_priority()
    {
        for (ulong tip = 1; tip < 3; tip++)
        {
            Assert.True(Priority(DispatchClass.Normal, tip - 1) < Priority(DispatchClass.Normal, tip));
            Assert.True(Priority(DispatchClass.Operational, tip - 1) < Priority(DispatchClass.Operational, tip));
        }
    }

    [Fact]
    public void Kusama_transfer_is_limited_by_length()
    {
        // 1e8 ref_time fits 20,000 times in 2e12; 150 bytes fit 26,214 times in the Normal 3,932,160 bytes.
        var info = new DispatchInfo(new Weight(100_000_000, 1_000));
        Balance tip = 1_000_000UL;
        ulong perBlock = Math.Min(2_000_000_000_000UL / 100_000_000, 3_932_160UL / 150);
        Assert.Equal((ulong)(1_000_001 * perBlock), TransactionPriority.Compute(info, 150, tip, Balance.Zero, KusamaFees.BlockLimits, 5));

        // A 20-byte call fits 196,608 times, so weight limits it instead.
        Assert.Equal(1_000_001UL * 20_000, TransactionPriority.Compute(info, 20, tip, Balance.Zero, KusamaFees.BlockLimits, 5));
    }

    [Fact]
    public void Kusama_operational_adds_five_final_fees_per_transaction_slot()
    {
        var info = new DispatchInfo(new Weight(100_000_000, 0), DispatchClass.Operational);
        Balance fee = KusamaFees.Calculator.ComputeFee(200, info, 0UL, FixedU128.One);
        // Operational may use the whole 5 MiB; the weight is the scarcer resource here.
        ulong perBlock = Math.Min(2_000_000_000_000UL / 100_000_000, 5_242_880UL / 200);
        BigInteger expected = perBlock + (BigInteger)fee.Value * 5 * perBlock;
        Assert.Equal((ulong)expected, TransactionPriority.Compute(info, 200, 0UL, fee, KusamaFees.BlockLimits, 5));
    }

    [Fact]
    public void Zero_weight_and_length_count_as_one_and_the_result_saturates_to_u64()
    {
        var info = new DispatchInfo(Weight.Zero);
        // Bounded to (1, 1): 2e12 by ref_time, 3,932,160 by length (len 0 counts as 1).
        Assert.Equal(3_932_160UL, TransactionPriority.Compute(info, 0, 0UL, 0UL, KusamaFees.BlockLimits, 5));
        Assert.Equal(ulong.MaxValue, TransactionPriority.Compute(info, 0, Balance.MaxValue, 0UL, KusamaFees.BlockLimits, 5));
    }
}
