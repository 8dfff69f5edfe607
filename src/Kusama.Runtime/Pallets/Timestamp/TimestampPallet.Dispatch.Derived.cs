using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Timestamp;

// Derived from the [Call] methods in TimestampPallet.Calls.cs: weight, class and pays of each call, and the dispatch arm.
public sealed partial class TimestampPallet
{
    /// <summary>The call's declared dispatch info (weight, class, pays).</summary>
    public static DispatchInfo GetDispatchInfo(TimestampCall call) => call switch
    {
        TimestampCall.Set => new(TimestampWeights.Set(), DispatchClass.Mandatory),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a Timestamp call variant."),
    };

    /// <summary>Runs the call (without a storage layer: the runtime's dispatch adds it).</summary>
    public DispatchResult Dispatch(TimestampCall call, Origin origin) => call switch
    {
        TimestampCall.Set c => Set(origin, c.Now),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a Timestamp call variant."),
    };
}
