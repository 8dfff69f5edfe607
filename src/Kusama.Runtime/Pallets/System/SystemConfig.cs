using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Frame.Weights;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's configuration: Kusama's values in <see cref="Kusama"/>, smaller ones in tests.</summary>
/// <param name="BlockHashCount">How many recent block hashes <c>System.BlockHash</c> keeps (also the longest mortality), in blocks.</param>
/// <param name="Ss58Prefix">The SS58 address prefix (Kusama: 2).</param>
/// <param name="MaxConsumers">The most consumer references an account may hold (Kusama: 16).</param>
/// <param name="Version">The running runtime's version (<c>System.Version</c>, <c>Core_version</c>).</param>
/// <param name="BlockWeights">Block and per-class weight limits.</param>
/// <param name="BlockLength">Per-class block length limits, in bytes.</param>
/// <param name="DbWeight">Weight charged per storage read and write.</param>
public sealed record SystemConfig(
    uint BlockHashCount,
    ushort Ss58Prefix,
    uint MaxConsumers,
    RuntimeVersion Version,
    BlockWeights BlockWeights,
    BlockLength BlockLength,
    RuntimeDbWeight DbWeight)
{
    /// <summary>Kusama's <c>ExtrinsicBaseWeight</c>: 124,706 ns (constants/src/weights/extrinsic_weights.rs, v1.7.1).</summary>
    public static readonly Weight ExtrinsicBaseWeight = Weight.FromParts(124_706_000, 0);

    /// <summary>Kusama's <c>BlockExecutionWeight</c>: 14,278,073 ns (constants/src/weights/block_weights.rs, v1.7.1).</summary>
    public static readonly Weight BlockExecutionWeight = Weight.FromParts(14_278_073_000, 0);

    /// <summary>runtime-common's <c>MAXIMUM_BLOCK_WEIGHT</c>: 2 s of ref_time, unbounded proof size.</summary>
    public static readonly Weight MaximumBlockWeight = Weight.FromParts(2_000_000_000_000, ulong.MaxValue);

    /// <summary>Kusama's configuration.</summary>
    public static SystemConfig Kusama { get; } = new(
        BlockHashCount: 4_096,
        Ss58Prefix: 2,
        MaxConsumers: 16,
        Version: KusamaRuntime.Version,
        BlockWeights: BlockWeights.WithSensibleDefaults(
            BlockExecutionWeight, ExtrinsicBaseWeight, MaximumBlockWeight,
            normalRatio: Perbill.FromPercent(75), averageOnInitializeRatio: Perbill.FromPercent(1)),
        BlockLength: BlockLength.MaxWithNormalRatio(5 * 1024 * 1024, Perbill.FromPercent(75)),
        DbWeight: RuntimeDbWeight.RocksDb);
}
