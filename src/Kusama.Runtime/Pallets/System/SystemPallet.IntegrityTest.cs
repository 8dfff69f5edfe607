using Kusama.Frame.Hooks;

namespace Kusama.Runtime.Pallets.System;

// frame_system's integrity_test: the block weight limits must be consistent.
public sealed partial class SystemPallet : IIntegrityTest
{
    public void IntegrityTest()
    {
        IReadOnlyList<string> errors = Config.BlockWeights.Validate();
        if (errors.Count > 0) throw new InvalidOperationException("The weights are invalid: " + string.Join("; ", errors));
    }
}
