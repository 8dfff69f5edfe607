using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Utility;

namespace Kusama.Runtime.Benchmarking;

/// <summary>pallet_utility's benchmarks (frame/utility/src/benchmarking.rs): batches of empty <c>System.remark</c> calls.</summary>
public static class UtilityBenchmarks
{
    // FRAME sweeps batches up to 1,000 calls.
    private const uint MaxCalls = 1000;

    /// <summary>The pallet's benchmarks in FRAME's order.</summary>
    public static PalletBenchmarks Pallet { get; } = new("Utility", "pallet_utility", "UtilityWeights", "Kusama.Runtime.Pallets.Utility",
    [
        new Benchmark("batch", new BenchmarkComponent("c", 0, MaxCalls, "The number of calls."), Batch),
        new Benchmark("as_derivative", null, AsDerivative),
        new Benchmark("batch_all", new BenchmarkComponent("c", 0, MaxCalls, "The number of calls."), BatchAll),
        new Benchmark("dispatch_as", null, DispatchAs),
        new Benchmark("force_batch", new BenchmarkComponent("c", 0, MaxCalls, "The number of calls."), ForceBatch),
    ]);

    private static readonly RuntimeCall EmptyRemark = new RuntimeCall.System(new SystemCall.Remark([]));

    private static BenchmarkCall Batch(KusamaRuntime runtime, uint c) => Signed(new UtilityCall.Batch(Remarks(c)));

    private static BenchmarkCall AsDerivative(KusamaRuntime runtime, uint component) => Signed(new UtilityCall.AsDerivative(0, EmptyRemark));

    private static BenchmarkCall BatchAll(KusamaRuntime runtime, uint c) => Signed(new UtilityCall.BatchAll(Remarks(c)));

    private static BenchmarkCall DispatchAs(KusamaRuntime runtime, uint component)
    {
        AccountId32 caller = BenchmarkAccounts.Account("caller", 0, 0);
        var asOrigin = new OriginCaller.System(Origin.Signed(caller));
        return BenchmarkCall.Dispatch(new RuntimeCall.Utility(new UtilityCall.DispatchAs(asOrigin, EmptyRemark)), Origin.Root);
    }

    private static BenchmarkCall ForceBatch(KusamaRuntime runtime, uint c) => Signed(new UtilityCall.ForceBatch(Remarks(c)));

    private static BenchmarkCall Signed(UtilityCall call)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        return BenchmarkCall.Dispatch(new RuntimeCall.Utility(call), Origin.Signed(caller), caller);
    }

    private static RuntimeCall[] Remarks(uint count)
    {
        var calls = new RuntimeCall[count];
        Array.Fill(calls, EmptyRemark);
        return calls;
    }
}
