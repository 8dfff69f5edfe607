using Kusama.Core;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Extensions;

/// <summary>
/// The frame_system transaction extensions' weights: Kusama's benchmarked values from polkadot-fellows/runtimes v1.7.1
/// <c>relay/kusama/src/weights/frame_system_extensions.rs</c> (ref_time in picoseconds, proof_size in bytes).
/// </summary>
public static class SystemExtensionWeights
{
    private static readonly RuntimeDbWeight Db = RuntimeDbWeight.RocksDb;

    public static Weight CheckGenesis() => Weight.FromParts(6_570_000, 0);

    public static Weight CheckMortalityMortalTransaction() => Weight.FromParts(9_840_000, 0);

    public static Weight CheckMortalityImmortalTransaction() => Weight.FromParts(11_320_000, 0);

    public static Weight CheckNonZeroSender() => Weight.FromParts(1_260_000, 0);

    public static Weight CheckNonce() => Weight.FromParts(13_460_000, 3_593).SaturatingAdd(Db.Reads(1)).SaturatingAdd(Db.Writes(1));

    public static Weight CheckSpecVersion() => Weight.FromParts(1_050_000, 0);

    public static Weight CheckTxVersion() => Weight.FromParts(1_010_000, 0);

    public static Weight CheckWeight() => Weight.FromParts(7_290_000, 0);
}
