using Kusama.Core;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Benchmarking;

/// <summary>
/// What a benchmark's setup hands the runner: the timed work, the accounts whose storage FRAME whitelists
/// (<c>whitelist_account!</c>: the caller pays for its own account elsewhere), and an untimed step that configures the
/// runtime the work runs on.
/// </summary>
/// <param name="Run">The measured work; it must succeed (a failure means the setup did not build the state it meant to).</param>
/// <param name="Whitelisted">Accounts whose <c>System.Account</c> entry is not counted as a read or write.</param>
/// <param name="Configure">Run on the measured runtime before the clock starts, e.g. to install a runtime-version reader.</param>
public sealed record BenchmarkCall(Func<KusamaRuntime, DispatchResult> Run, IReadOnlyList<AccountId32> Whitelisted, Action<KusamaRuntime>? Configure = null)
{
    /// <summary>Dispatches <paramref name="call"/> from <paramref name="origin"/> through the runtime (its own storage layer, as every dispatch).</summary>
    public static BenchmarkCall Dispatch(RuntimeCall call, Origin origin, params AccountId32[] whitelisted) =>
        new(runtime => runtime.Dispatch(call, origin), whitelisted);
}
