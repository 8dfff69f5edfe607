using Kusama.Frame.Dispatch;

namespace Kusama.Runtime;

/// <summary>Dispatches a <see cref="RuntimeCall"/> through the runtime: how pallets that wrap calls (Utility) run them.</summary>
public interface IRuntimeDispatcher
{
    /// <summary>Dispatches <paramref name="call"/> from <paramref name="origin"/> in a new storage layer, rolled back if it fails.</summary>
    DispatchResult Dispatch(RuntimeCall call, Origin origin);
}
