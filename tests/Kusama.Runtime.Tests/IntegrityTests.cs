using Kusama.Core;
using Kusama.Frame.Weights;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Tests.Support;

namespace Kusama.Runtime.Tests;

public class IntegrityTests
{
    [Fact]
    public void Kusamas_configuration_passes_every_pallets_integrity_test()
    {
        var ext = new ExtBuilder().Build();
        ext.Runtime.IntegrityTest();
        Assert.Empty(SystemConfig.Kusama.BlockWeights.Validate());
    }

    [Fact]
    public void A_zero_existential_deposit_fails_the_balances_integrity_test()
    {
        var config = RuntimeConfig.Kusama with { Balances = BalancesConfig.Kusama with { ExistentialDeposit = Balance.Zero } };
        var ext = new ExtBuilder().WithConfig(config).Build();
        var error = Assert.Throws<InvalidOperationException>(() => ext.Runtime.IntegrityTest());
        Assert.Contains("Balances integrity test failed: The existential deposit must be greater than zero!", error.Message);
    }

    [Fact]
    public void Block_weights_whose_normal_class_exceeds_the_block_are_invalid()
    {
        BlockWeights kusama = SystemConfig.Kusama.BlockWeights;
        var broken = kusama with
        {
            PerClass = kusama.PerClass with { Normal = kusama.PerClass.Normal with { MaxTotal = kusama.MaxBlock.SaturatingAdd(Weight.FromParts(1, 0)) } },
        };
        Assert.Contains(broken.Validate(), e => e.Contains("(max block) has to be greater than"));
        var config = RuntimeConfig.Kusama with { System = SystemConfig.Kusama with { BlockWeights = broken } };
        var error = Assert.Throws<InvalidOperationException>(() => new ExtBuilder().WithConfig(config).Build().Runtime.IntegrityTest());
        Assert.StartsWith("System integrity test failed", error.Message);
    }
}
