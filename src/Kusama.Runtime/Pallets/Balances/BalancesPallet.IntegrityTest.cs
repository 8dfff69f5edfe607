using Kusama.Frame.Hooks;

namespace Kusama.Runtime.Pallets.Balances;

// pallet_balances' integrity_test: a zero existential deposit would let dust accounts bloat state, and every freeze
// reason must fit in MaxFreezes.
public sealed partial class BalancesPallet : IIntegrityTest
{
    public void IntegrityTest()
    {
        if (Config.ExistentialDeposit.IsZero) throw new InvalidOperationException("The existential deposit must be greater than zero!");
        if (Config.MaxFreezes < RuntimeFreezeReason.VariantCount)
            throw new InvalidOperationException($"MaxFreezes ({Config.MaxFreezes}) should be greater than or equal to the number of freeze reasons ({RuntimeFreezeReason.VariantCount})");
    }
}
