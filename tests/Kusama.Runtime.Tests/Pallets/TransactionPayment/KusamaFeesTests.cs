using Kusama.Core;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

public class KusamaFeesTests
{
    [Fact] // kusama-runtime.md §1 and Appendix A: max block 2e12 / u64::MAX, block length 5 MiB with Normal at 3,932,160 B
    public void Fee_block_limits_are_kusamas()
    {
        var limits = KusamaFees.BlockLimits;
        Assert.Equal(new Weight(2_000_000_000_000, ulong.MaxValue), limits.MaxBlock);
        Assert.Equal(new Weight(124_706_000, 0), limits.BaseExtrinsicNormal);
        Assert.Equal(3_932_160u, limits.MaxLengthNormal);
        Assert.Equal(5_242_880u, limits.MaxLengthOperational);
        Assert.Equal(new Weight(1_500_000_000_000, 13_835_058_055_282_163_711), KusamaFees.NormalMaxTotal);
    }

    [Fact]
    public void Fee_block_limits_agree_with_the_system_configuration()
    {
        var system = SystemConfig.Kusama;
        Assert.Equal(KusamaFees.BlockLimits, BlockLimits.From(system.BlockWeights, system.BlockLength));
        Assert.Equal(SystemConfig.ExtrinsicBaseWeight, KusamaFees.ExtrinsicBaseWeight);
        Assert.Equal(KusamaFees.NormalMaxTotal, system.BlockWeights.Get(Frame.Dispatch.DispatchClass.Normal).MaxTotal);
    }

    [Fact]
    public void Multiplier_update_reads_the_normal_limit_from_block_weights()
    {
        var update = KusamaFees.FeeMultiplierUpdate;
        var weight = new Weight(900_000_000_000, 0);
        Assert.Equal(update.Convert(FixedU128.One, weight, KusamaFees.NormalMaxTotal),
            update.Convert(FixedU128.One, weight, SystemConfig.Kusama.BlockWeights));
        Assert.True(update.Convert(FixedU128.One, weight, SystemConfig.Kusama.BlockWeights) > FixedU128.One);
    }
}
