namespace Kusama.Frame.Dispatch;

/// <summary>An origin a pallet defines (e.g. a governance track's origin); the runtime's <c>OriginCaller</c> carries it at <see cref="PalletIndex"/>.</summary>
public interface ICustomOrigin
{
    /// <summary>The index of the pallet that defines this origin (its variant in <c>OriginCaller</c>).</summary>
    byte PalletIndex { get; }
}
