using Kusama.Core;
using Kusama.Frame;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Hooks;
using Kusama.Frame.Storage;

namespace Kusama.Runtime.Pallets.Timestamp;

/// <summary>
/// pallet_timestamp: the block's time in milliseconds, set once per block by the <c>set</c> inherent and checked at
/// finalization.
/// </summary>
/// <remarks>
/// Kusama's <c>OnTimestampSet</c> is Babe (it checks the timestamp against the slot); it is called here once Babe exists.
/// </remarks>
public sealed partial class TimestampPallet : IPallet, IOnInitialize, IOnFinalize
{
    /// <summary>FRAME's panic message when <c>set</c> runs twice in a block.</summary>
    public const string UpdatedTwiceMessage = "Timestamp must be updated only once in the block";

    /// <summary>FRAME's panic message when <c>set</c> does not advance by <c>MinimumPeriod</c>.</summary>
    public const string TooEarlyMessage = "Timestamp must increment by at least <MinimumPeriod> between sequential blocks";

    /// <summary>FRAME's panic message when a block ends without <c>set</c>.</summary>
    public const string NotUpdatedMessage = "Timestamp must be updated once in the block";

    public TimestampPallet(IStorage storage, TimestampConfig config, byte index = KusamaRuntime.TimestampIndex)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(config);
        Storage = storage;
        Config = config;
        Index = index;
        InitializeStorage(storage);
    }

    public byte Index { get; }

    public string Name => "Timestamp";

    public TimestampConfig Config { get; }

    /// <summary>The storage the pallet reads and writes (the block being executed).</summary>
    public IStorage Storage { get; }

    /// <summary>The current time for the current block (the previous block's before <c>set</c> runs), in ms.</summary>
    public ulong Get() => Now.Get();

    /// <summary>Sets the time without the call's checks (FRAME <c>set_timestamp</c>, for tests and benchmarks).</summary>
    public void SetTimestamp(ulong now)
    {
        Now.Set(now);
        DidUpdate.Set(true);
    }

    /// <summary>Books the weight of <see cref="OnFinalize"/> up front, as FRAME does.</summary>
    public Weight OnInitialize(uint blockNumber) => TimestampWeights.OnFinalize();

    /// <summary>
    /// FRAME's <c>on_finalize</c>: the timestamp must have been set in this block; clears the flag. The error is FRAME's
    /// panic, for the executive to reject the block.
    /// </summary>
    public DispatchResult CheckAndClearUpdate() =>
        DidUpdate.Take() ? DispatchResult.Ok : DispatchError.Other(NotUpdatedMessage);

    /// <summary>
    /// Runs <see cref="CheckAndClearUpdate"/>; a block without a timestamp is invalid, so (like FRAME's panic) this throws,
    /// and the executive turns it into a rejected block.
    /// </summary>
    public void OnFinalize(uint blockNumber)
    {
        DispatchResult check = CheckAndClearUpdate();
        if (check.IsError) throw new InvalidOperationException(NotUpdatedMessage);
    }
}
