namespace Kusama.Runtime.Tests;

public class KusamaConstantsTests
{
    [Fact]
    public void Units_truncate_like_the_rust_constants()
    {
        Assert.Equal(33_333_333_333UL, KusamaConstants.Quid);
        Assert.Equal(333_333_333UL, KusamaConstants.Cents);
        Assert.Equal(333_333UL, KusamaConstants.MilliCents);
        Assert.Equal(33_333_333_333_000UL, KusamaConstants.Grand);
    }

    [Fact]
    public void Deposit_of_one_item_is_two_thousand_cents()
    {
        Assert.Equal((UInt128)666_666_666_000UL, KusamaConstants.Deposit(1, 0));
        Assert.Equal((UInt128)33_333_300UL, KusamaConstants.Deposit(0, 1));
    }
}
