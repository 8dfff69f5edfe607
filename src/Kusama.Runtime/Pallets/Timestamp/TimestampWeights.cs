using Kusama.Core;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.Timestamp;

/// <summary>
/// pallet_timestamp weights: Kusama's benchmarked values from polkadot-fellows/runtimes v1.7.1
/// <c>relay/kusama/src/weights/pallet_timestamp.rs</c> (ref_time in picoseconds, proof_size in bytes).
/// </summary>
public static class TimestampWeights
{
    private static readonly RuntimeDbWeight Db = RuntimeDbWeight.RocksDb;

    // Reads Timestamp::Now and Babe::CurrentSlot, writes Now.
    public static Weight Set() => Weight.FromParts(11_440_000, 1_493).SaturatingAdd(Db.Reads(2)).SaturatingAdd(Db.Writes(1));

    public static Weight OnFinalize() => Weight.FromParts(6_280_000, 0);
}
