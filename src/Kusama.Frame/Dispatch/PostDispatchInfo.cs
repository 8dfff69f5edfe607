using Kusama.Core;

namespace Kusama.Frame.Dispatch;

/// <summary>frame_support's <c>PostDispatchInfo</c>: what a call reports after running — its actual weight if less than declared, and whether it pays.</summary>
public readonly record struct PostDispatchInfo(Weight? ActualWeight = null, Pays PaysFee = Pays.Yes)
{
    /// <summary>No correction: the declared weight, fee paid.</summary>
    public static PostDispatchInfo Default => default;

    /// <summary>The actual weight, capped by the declared one (a call cannot charge more than it declared).</summary>
    public Weight CalcActualWeight(in DispatchInfo info) =>
        ActualWeight is { } actual ? actual.Min(info.Weight) : info.Weight;

    /// <summary>Declared minus actual weight: what the block gets back.</summary>
    public Weight CalcUnspent(in DispatchInfo info) => info.Weight.SaturatingSub(CalcActualWeight(info));

    /// <summary>Pays only if both the declaration and the call say so.</summary>
    public Pays PaysFeeGiven(in DispatchInfo info) => info.PaysFee == Pays.No || PaysFee == Pays.No ? Pays.No : Pays.Yes;
}
