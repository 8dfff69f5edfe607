using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;

namespace Kusama.Frame.Generators.Tests.Pallets;

/// <summary>pallet_timestamp's one call: a compact u64, Mandatory class.</summary>
public sealed partial class TimestampPallet
{
    public ulong Now { get; private set; }

    [Call(0, Class = DispatchClass.Mandatory)]
    public DispatchResult Set(Origin origin, [Compact] ulong now)
    {
        if (!origin.IsNone) return DispatchError.BadOrigin;
        Now = now;
        return DispatchResult.Ok;
    }
}
