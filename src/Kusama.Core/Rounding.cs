namespace Kusama.Core;

/// <summary>How a per-thing or fixed-point operation rounds an inexact result (sp-arithmetic's <c>Rounding</c>).</summary>
public enum Rounding
{
    /// <summary>Towards infinity.</summary>
    Up,

    /// <summary>Towards zero.</summary>
    Down,

    /// <summary>To the nearest integer, rounding up when exactly halfway.</summary>
    NearestPrefUp,

    /// <summary>To the nearest integer, rounding down when exactly halfway.</summary>
    NearestPrefDown,
}
