using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.TransactionPayment;

namespace Kusama.Runtime.Tests.Pallets.TransactionPayment;

public class AllocationTests
{
    [Fact]
    public void Fee_arithmetic_allocates_nothing()
    {
        var info = new DispatchInfo(new Weight(200_000_000, 5_000), DispatchClass.Operational);
        var post = new PostDispatchInfo(new Weight(100_000_000, 0));
        var calc = KusamaFees.Calculator;
        var update = KusamaFees.FeeMultiplierUpdate;
        var limits = KusamaFees.BlockLimits;
        var multiplier = FixedU128.SaturatingFromRational(3, 2);

        ulong checksum = Run(); // warm up: JIT and static initialisation may allocate once
        long before = GC.GetAllocatedBytesForCurrentThread();
        checksum += Run();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(0UL, checksum);

        ulong Run()
        {
            ulong sum = 0;
            for (int i = 0; i < 100; i++)
            {
                Balance fee = calc.ComputeFee(150, info, 1UL, multiplier);
                sum += (ulong)calc.ComputeActualFee(150, info, post, 1UL, multiplier).Value;
                sum += (ulong)calc.QueryFeeDetails(info, 150, isBare: false, multiplier).FinalFee.Value;
                sum += (ulong)calc.QueryInfo(info, 150, isBare: false, multiplier).PartialFee.Value;
                sum += TransactionPriority.Compute(info, 150, 1UL, fee, limits, KusamaFees.OperationalFeeMultiplier);
                sum += (ulong)update.Convert(multiplier, new Weight((ulong)i * 10_000_000_000, 0), KusamaFees.NormalMaxTotal).Inner;
                sum += (ulong)DealWithFees.Split(fee, 1UL).Treasury.Value;
            }
            return sum;
        }
    }
}
