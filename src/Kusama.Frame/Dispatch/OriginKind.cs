namespace Kusama.Frame.Dispatch;

/// <summary>Which kind of origin a call comes from: frame_system's <c>RawOrigin</c> variants (indices as encoded) plus pallet-defined origins.</summary>
public enum OriginKind : byte
{
    /// <summary>The system itself (governance with the highest privilege).</summary>
    Root = 0,
    /// <summary>A signed transaction's account.</summary>
    Signed = 1,
    /// <summary>An unsigned transaction or inherent.</summary>
    None = 2,
    /// <summary>A pallet-defined origin (governance tracks, parachains, XCM); see <see cref="Origin.Custom"/>.</summary>
    Custom = 255,
}
