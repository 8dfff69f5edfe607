using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Pallets.Utility;

// FRAME dispatches inner calls with `call.dispatch(origin)`, which first asks the origin's call filter, except for Root
// (`dispatch_bypass_filter`). Kusama's BaseCallFilter is EverythingBut<NisCalls>; Nis is not in this runtime, so the base
// filter lets every call through and its check is a no-op here. The one filter that matters is the one batch_all adds to
// a non-Root origin: no nested batch_all. FRAME carries it on the origin value (so it follows the origin through batch
// and as_derivative); our Origin has no filter slot yet, so the pallet counts the non-Root batch_all calls it is inside.
// Calls that start from a fresh origin (dispatch_as, with_weight) clear that count for their inner call, as a fresh
// origin has no added filters.
public sealed partial class UtilityPallet
{
    private int _insideFilteredBatchAll;

    /// <summary>FRAME's <c>call.dispatch(origin)</c>: the origin's call filter, then the call in its own storage layer.</summary>
    private DispatchResult DispatchFiltered(RuntimeCall call, Origin origin)
    {
        if (!origin.IsRoot && _insideFilteredBatchAll > 0 && call is RuntimeCall.Utility { Call: UtilityCall.BatchAll })
            return _system.Error(SystemError.CallFiltered);
        return _dispatcher.Dispatch(call, origin);
    }

    /// <summary>FRAME's <c>dispatch_bypass_filter</c> with a freshly made origin, which carries no added filter.</summary>
    private DispatchResult DispatchWithFreshOrigin(RuntimeCall call, Origin origin)
    {
        int saved = _insideFilteredBatchAll;
        _insideFilteredBatchAll = 0;
        try
        {
            return _dispatcher.Dispatch(call, origin);
        }
        finally
        {
            _insideFilteredBatchAll = saved;
        }
    }
}
