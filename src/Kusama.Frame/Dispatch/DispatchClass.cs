namespace Kusama.Frame.Dispatch;

/// <summary>frame_support's <c>DispatchClass</c>: which share of the block's weight and length a call draws on.</summary>
public enum DispatchClass : byte
{
    /// <summary>Ordinary user transactions (75 % of the block on Kusama).</summary>
    Normal = 0,

    /// <summary>Operational calls (governance, reports) that may also use the reserved share.</summary>
    Operational = 1,

    /// <summary>Inherents and hooks that must be included whatever the block's weight.</summary>
    Mandatory = 2,
}
