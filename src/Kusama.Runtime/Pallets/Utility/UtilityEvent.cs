using Kusama.Core;
using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Utility;

/// <summary>pallet_utility's <c>Event</c>: each variant carries its wire index (never reorder).</summary>
public abstract partial record UtilityEvent
{
    private UtilityEvent()
    {
    }

    /// <summary>Batch of dispatches did not complete fully. Index of first failing dispatch given, as well as the error.</summary>
    [ScaleIndex(0)]
    public sealed record BatchInterrupted(uint Index, DispatchError Error) : UtilityEvent;

    /// <summary>Batch of dispatches completed fully with no error.</summary>
    [ScaleIndex(1)]
    public sealed record BatchCompleted : UtilityEvent;

    /// <summary>Batch of dispatches completed but has errors.</summary>
    [ScaleIndex(2)]
    public sealed record BatchCompletedWithErrors : UtilityEvent;

    /// <summary>A single item within a Batch of dispatches has completed with no error.</summary>
    [ScaleIndex(3)]
    public sealed record ItemCompleted : UtilityEvent;

    /// <summary>A single item within a Batch of dispatches has completed with error.</summary>
    [ScaleIndex(4)]
    public sealed record ItemFailed(DispatchError Error) : UtilityEvent;

    /// <summary>A call was dispatched.</summary>
    [ScaleIndex(5)]
    public sealed record DispatchedAs([property: TypeName("DispatchResult")] DispatchResult Result) : UtilityEvent;
}
