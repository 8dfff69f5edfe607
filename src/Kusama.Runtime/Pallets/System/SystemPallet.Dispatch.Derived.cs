using Kusama.Frame.Dispatch;

namespace Kusama.Runtime.Pallets.System;

// Derived from the [Call] methods in SystemPallet.Calls.cs: weight, class and pays of each call, and the dispatch arm.
public sealed partial class SystemPallet
{
    /// <summary>The call's declared dispatch info (weight, class, pays).</summary>
    public static DispatchInfo GetDispatchInfo(SystemCall call) => call switch
    {
        SystemCall.Remark c => new(SystemWeights.Remark((uint)c.RemarkBytes.Length)),
        SystemCall.SetHeapPages => new(SystemWeights.SetHeapPages(), DispatchClass.Operational),
        SystemCall.SetCode => new(SystemWeights.SetCode(), DispatchClass.Operational),
        SystemCall.SetCodeWithoutChecks => new(SystemWeights.SetCode(), DispatchClass.Operational),
        SystemCall.SetStorage c => new(SystemWeights.SetStorage((uint)c.Items.Length), DispatchClass.Operational),
        SystemCall.KillStorage c => new(SystemWeights.KillStorage((uint)c.Keys.Length), DispatchClass.Operational),
        SystemCall.KillPrefix c => new(SystemWeights.KillPrefix(c.Subkeys == uint.MaxValue ? c.Subkeys : c.Subkeys + 1), DispatchClass.Operational),
        SystemCall.RemarkWithEvent c => new(SystemWeights.RemarkWithEvent((uint)c.RemarkBytes.Length)),
        SystemCall.AuthorizeUpgrade => new(SystemWeights.AuthorizeUpgrade(), DispatchClass.Operational),
        SystemCall.AuthorizeUpgradeWithoutChecks => new(SystemWeights.AuthorizeUpgrade(), DispatchClass.Operational),
        SystemCall.ApplyAuthorizedUpgrade => new(SystemWeights.ApplyAuthorizedUpgrade(), DispatchClass.Operational),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a System call variant."),
    };

    /// <summary>Runs the call (without a storage layer: the runtime's dispatch adds it).</summary>
    public DispatchResult Dispatch(SystemCall call, Origin origin) => call switch
    {
        SystemCall.Remark c => Remark(origin, c.RemarkBytes),
        SystemCall.SetHeapPages c => SetHeapPages(origin, c.Pages),
        SystemCall.SetCode c => SetCode(origin, c.Code),
        SystemCall.SetCodeWithoutChecks c => SetCodeWithoutChecks(origin, c.Code),
        SystemCall.SetStorage c => SetStorage(origin, c.Items),
        SystemCall.KillStorage c => KillStorage(origin, c.Keys),
        SystemCall.KillPrefix c => KillPrefix(origin, c.Prefix, c.Subkeys),
        SystemCall.RemarkWithEvent c => RemarkWithEvent(origin, c.RemarkBytes),
        SystemCall.AuthorizeUpgrade c => AuthorizeUpgrade(origin, c.CodeHash),
        SystemCall.AuthorizeUpgradeWithoutChecks c => AuthorizeUpgradeWithoutChecks(origin, c.CodeHash),
        SystemCall.ApplyAuthorizedUpgrade c => ApplyAuthorizedUpgrade(origin, c.Code),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a System call variant."),
    };
}
