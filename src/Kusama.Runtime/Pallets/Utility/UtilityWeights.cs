using Kusama.Core;

namespace Kusama.Runtime.Pallets.Utility;

/// <summary>
/// pallet_utility weights: Kusama's benchmarked values from polkadot-fellows/runtimes v1.7.1
/// <c>relay/kusama/src/weights/pallet_utility.rs</c> (ref_time in picoseconds, proof_size in bytes). They cover the
/// pallet's own work; the inner calls' weights are added by the call declarations.
/// </summary>
public static class UtilityWeights
{
    /// <param name="c">The number of calls.</param>
    public static Weight Batch(uint c) => Weight.FromParts(25_630_340, 0).SaturatingAdd(Weight.FromParts(4_340_977, 0).SaturatingMul(c));

    public static Weight AsDerivative() => Weight.FromParts(7_000_000, 0);

    /// <param name="c">The number of calls.</param>
    public static Weight BatchAll(uint c) => Weight.FromParts(28_358_222, 0).SaturatingAdd(Weight.FromParts(4_673_687, 0).SaturatingMul(c));

    public static Weight DispatchAs() => Weight.FromParts(10_611_000, 0);

    /// <param name="c">The number of calls.</param>
    public static Weight ForceBatch(uint c) => Weight.FromParts(18_065_072, 0).SaturatingAdd(Weight.FromParts(4_353_285, 0).SaturatingMul(c));
}
