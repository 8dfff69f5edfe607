using Kusama.Core;

namespace Kusama.Frame.Hooks;

/// <summary>FRAME's <c>on_runtime_upgrade</c>: runs once, in the first block executed by a new runtime version (storage migrations).</summary>
public interface IOnRuntimeUpgrade
{
    Weight OnRuntimeUpgrade();
}
