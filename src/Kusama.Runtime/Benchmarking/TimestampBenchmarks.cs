using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.Timestamp;

namespace Kusama.Runtime.Benchmarking;

/// <summary>pallet_timestamp's benchmarks (frame/timestamp/src/benchmarking.rs).</summary>
public static class TimestampBenchmarks
{
    // FRAME's MAX_TIME: the time set, after a previous block's.
    private const ulong MaxTime = 100;

    /// <summary>The pallet's benchmarks in FRAME's order.</summary>
    public static PalletBenchmarks Pallet { get; } = new("Timestamp", "pallet_timestamp", "TimestampWeights", "Kusama.Runtime.Pallets.Timestamp",
    [
        new Benchmark("set", null, Set, 1_493),
        new Benchmark("on_finalize", null, OnFinalize),
    ]);

    // A previous block's time is stored (so the MinimumPeriod check runs) and this block's is not set yet.
    private static BenchmarkCall Set(KusamaRuntime runtime, uint component)
    {
        runtime.Timestamp.Now.Set(MaxTime);
        ulong now = MaxTime + runtime.Timestamp.Config.MinimumPeriod;
        return BenchmarkCall.Dispatch(new RuntimeCall.Timestamp(new TimestampCall.Set(now)), Origin.None);
    }

    private static BenchmarkCall OnFinalize(KusamaRuntime runtime, uint component)
    {
        runtime.Timestamp.SetTimestamp(MaxTime);
        return new BenchmarkCall(static r => r.Timestamp.CheckAndClearUpdate(), []);
    }
}
