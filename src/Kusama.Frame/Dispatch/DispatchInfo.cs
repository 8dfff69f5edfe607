using Kusama.Core;

namespace Kusama.Frame.Dispatch;

/// <summary>frame_support's <c>DispatchInfo</c>: the weight a call declares before it runs, its class and whether it pays a fee.</summary>
/// <remarks>Encoded as <c>Weight ++ DispatchClass ++ Pays</c> inside <c>System.ExtrinsicSuccess</c>/<c>ExtrinsicFailed</c>.</remarks>
public readonly record struct DispatchInfo(Weight Weight, DispatchClass Class = DispatchClass.Normal, Pays PaysFee = Pays.Yes)
{
    /// <summary>The weight this call actually used, given its post-dispatch info (never more than declared).</summary>
    public Weight ActualWeight(in PostDispatchInfo post) => post.CalcActualWeight(this);
}
