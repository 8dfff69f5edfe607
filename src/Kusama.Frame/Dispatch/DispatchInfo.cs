using Kusama.Core;

namespace Kusama.Frame.Dispatch;

/// <summary>frame_support's <c>DispatchInfo</c>: the weight a call declares before it runs, its class and whether it pays a fee.</summary>
/// <remarks>Encoded as <c>Weight ++ DispatchClass ++ Pays</c> inside <c>System.ExtrinsicSuccess</c>/<c>ExtrinsicFailed</c>.</remarks>
public readonly record struct DispatchInfo(Weight Weight, DispatchClass Class = DispatchClass.Normal, Pays PaysFee = Pays.Yes)
{
    /// <summary>A [Call]'s declared info from its weight expression and its declared class and pays.</summary>
    public static DispatchInfo Declare(Weight weight, DispatchClass dispatchClass, Pays paysFee) => new(weight, dispatchClass, paysFee);

    /// <summary>
    /// A [Call] whose weight expression computes the whole dispatch info (FRAME's <c>(weight, class, pays)</c> form, e.g. a
    /// batch's class follows its inner calls): the expression's info wins over the declared defaults.
    /// </summary>
    public static DispatchInfo Declare(DispatchInfo info, DispatchClass dispatchClass, Pays paysFee) => info;

    /// <summary>The weight this call actually used, given its post-dispatch info (never more than declared).</summary>
    public Weight ActualWeight(in PostDispatchInfo post) => post.CalcActualWeight(this);
}
