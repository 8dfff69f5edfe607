using System.Diagnostics;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Storage;
using Kusama.Runtime.Extensions;
using Kusama.State;

namespace Kusama.Runtime.Benchmarking;

/// <summary>
/// Runs benchmarks in-process, as frame-benchmarking does: for every component value a fresh state built by the setup
/// and moved into the backend, one untimed run counting the distinct keys read and written, then <c>repeat</c> timed
/// runs (Stopwatch) on fresh copies of the same state without tracking, so the counting does not inflate the times.
/// </summary>
public static class BenchmarkRunner
{
    /// <summary>Sweeps <paramref name="benchmark"/> over <paramref name="steps"/> component values, <paramref name="repeat"/> timed runs each.</summary>
    /// <exception cref="InvalidOperationException">The measured call failed: the setup did not build the state it meant to.</exception>
    public static BenchmarkMeasurement Run(PalletBenchmarks pallet, Benchmark benchmark, int steps, int repeat)
    {
        ArgumentNullException.ThrowIfNull(pallet);
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);

        uint[] values = benchmark.Component?.Values(steps) ?? [0];
        // Warm-up at the smallest value: compiles the setup and call paths without paying for the largest state.
        _ = RunOnce(pallet, benchmark, values[0], track: false);

        var samples = new List<BenchmarkSample>(values.Length * repeat);
        var counts = new List<BenchmarkDbCount>(values.Length);
        foreach (uint value in values)
        {
            (_, uint reads, uint writes) = RunOnce(pallet, benchmark, value, track: true);
            counts.Add(new BenchmarkDbCount(value, reads, writes));
            for (int r = 0; r < repeat; r++)
                samples.Add(new BenchmarkSample(value, RunOnce(pallet, benchmark, value, track: false).Picoseconds));
        }
        return BenchmarkMeasurement.From(pallet.Pallet, benchmark, samples, counts);
    }

    /// <summary>Builds the state for <paramref name="component"/>, then runs the call once: its time, and with <paramref name="track"/> its DB reads and writes.</summary>
    public static (ulong Picoseconds, uint Reads, uint Writes) RunOnce(PalletBenchmarks pallet, Benchmark benchmark, uint component, bool track)
    {
        ArgumentNullException.ThrowIfNull(pallet);
        ArgumentNullException.ThrowIfNull(benchmark);
        var setupOverlay = new StorageOverlay(BenchmarkState.Empty);
        var setupRuntime = new KusamaRuntime(new OverlayStorage(setupOverlay));
        // Events are recorded from block 1 on, as in FRAME's benchmarks.
        setupRuntime.System.Number.Set(1);
        BenchmarkCall call = benchmark.Setup(setupRuntime, component);

        IStorage storage = new OverlayStorage(new StorageOverlay(BenchmarkState.Snapshot(setupOverlay)));
        TrackingStorage? tracking = track ? new TrackingStorage(storage) : null;
        var runtime = new KusamaRuntime(tracking ?? storage);
        if (tracking is not null) Whitelist(tracking, runtime, call);
        call.Configure?.Invoke(runtime);
        tracking?.Reset();

        long start = Stopwatch.GetTimestamp();
        DispatchResult result = call.Run(runtime);
        long elapsed = Stopwatch.GetTimestamp() - start;

        if (result.IsError)
            throw new InvalidOperationException($"Benchmark {pallet.Pallet}::{benchmark.Name} ({benchmark.Component?.Name ?? "no component"} = {component}) failed: {result.Error}.");
        ulong picoseconds = (ulong)Math.Round(elapsed * (1e12 / Stopwatch.Frequency));
        return (picoseconds, tracking?.Reads ?? 0, tracking?.Writes ?? 0);
    }

    // Kusama's benchmark whitelist (relay/kusama/src/lib.rs dispatch_benchmark): block number, total issuance, execution
    // phase, event count, events and the treasury account; plus the accounts each benchmark whitelists (its caller).
    private static void Whitelist(TrackingStorage tracking, KusamaRuntime runtime, BenchmarkCall call)
    {
        tracking.Whitelist(runtime.System.Number.Key);
        tracking.Whitelist(runtime.Balances.TotalIssuance.Key);
        tracking.Whitelist(runtime.System.ExecutionPhase.Key);
        tracking.Whitelist(runtime.System.EventCount.Key);
        tracking.Whitelist(runtime.System.Events.Key);
        tracking.Whitelist(runtime.System.Account.HashedKey(ChargeTransactionPayment.TreasuryAccount));
        foreach (Kusama.Core.AccountId32 account in call.Whitelisted)
            tracking.Whitelist(runtime.System.Account.HashedKey(account));
    }
}
