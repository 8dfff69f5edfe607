using Kusama.Core;

namespace Kusama.Frame.Generators.Tests.Pallets;

/// <summary>Weights of the test pallets: simple functions of the arguments, so the derived dispatch info is checkable.</summary>
public static class TestWeights
{
    public static Weight Transfer() => Weight.FromParts(1_000, 0);

    public static Weight UpgradeAccounts(uint accounts) => Weight.FromParts(10 * (ulong)accounts, 7);

    public static Weight Batch(int calls) => Weight.FromParts(100 * (ulong)calls, 0);
}
