using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.Timestamp;

// pallet_timestamp's call. FRAME panics on a broken rule; a panicking mandatory inherent makes the block invalid, so here
// the call fails with FRAME's message and the executive rejects a block whose mandatory inherent fails.
public sealed partial class TimestampPallet
{
    /// <summary>Set the current time.</summary>
    [Call(0, Weight = "TimestampWeights.Set()", Class = DispatchClass.Mandatory)]
    public DispatchResult Set(Origin origin, [Compact, TypeName("T::Moment")] ulong now)
    {
        if (!origin.EnsureNone(out DispatchError error)) return error;
        if (DidUpdate.Exists()) return DispatchError.Other(UpdatedTwiceMessage);
        ulong previous = Now.Get();
        if (previous != 0 && (previous > ulong.MaxValue - Config.MinimumPeriod || now < previous + Config.MinimumPeriod))
            return DispatchError.Other(TooEarlyMessage);
        Now.Set(now);
        DidUpdate.Set(true);
        return DispatchResult.Ok;
    }
}
