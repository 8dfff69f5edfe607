using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Utility;

// Derived from the [Call] methods in UtilityPallet.Calls.cs: weight, class and pays of each call, and the dispatch arm.
public sealed partial class UtilityPallet
{
    /// <summary>The call's declared dispatch info (weight, class, pays).</summary>
    public static DispatchInfo GetDispatchInfo(UtilityCall call) => call switch
    {
        UtilityCall.Batch c => BatchInfo(c.Calls, UtilityWeights.Batch((uint)c.Calls.Length)),
        UtilityCall.AsDerivative c => AsDerivativeInfo(c.Call),
        UtilityCall.BatchAll c => BatchInfo(c.Calls, UtilityWeights.BatchAll((uint)c.Calls.Length)),
        UtilityCall.DispatchAs c => DispatchAsInfo(c.Call),
        UtilityCall.ForceBatch c => BatchInfo(c.Calls, UtilityWeights.ForceBatch((uint)c.Calls.Length)),
        UtilityCall.WithWeight c => WithWeightInfo(c.Call, c.Weight),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a Utility call variant."),
    };

    /// <summary>Runs the call (without a storage layer: the runtime's dispatch adds it).</summary>
    public DispatchResult Dispatch(UtilityCall call, Origin origin) => call switch
    {
        UtilityCall.Batch c => Batch(origin, c.Calls),
        UtilityCall.AsDerivative c => AsDerivative(origin, c.Index, c.Call),
        UtilityCall.BatchAll c => BatchAll(origin, c.Calls),
        UtilityCall.DispatchAs c => DispatchAs(origin, c.AsOrigin, c.Call),
        UtilityCall.ForceBatch c => ForceBatch(origin, c.Calls),
        UtilityCall.WithWeight c => WithWeight(origin, c.Call, c.Weight),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a Utility call variant."),
    };
}
