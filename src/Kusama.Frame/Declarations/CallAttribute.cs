using Kusama.Frame.Dispatch;

namespace Kusama.Frame.Declarations;

/// <summary>
/// Declares a pallet method as a dispatchable call (FRAME <c>#[pallet::call_index(n)]</c> + <c>#[pallet::weight(..)]</c>).
/// The method takes an <see cref="Origin"/> then the call's arguments and returns a <see cref="DispatchResult"/>; the call's
/// record, codec, dispatch arm, dispatch info and metadata variant are derived from it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CallAttribute : Attribute
{
    public CallAttribute(byte index) => Index = index;

    /// <summary>The call's wire index within the pallet; never reorder or reuse one.</summary>
    public byte Index { get; }

    /// <summary>A C# expression for the declared weight, evaluated with the call's arguments in scope (e.g. <c>"Weights.Remark((uint)remark.Length)"</c>).</summary>
    public string Weight { get; set; } = "Kusama.Core.Weight.Zero";

    public DispatchClass Class { get; set; } = DispatchClass.Normal;

    public Pays Pays { get; set; } = Pays.Yes;
}
