namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>tokens::Restriction</c>: whether transferred held funds stay on hold.</summary>
public enum Restriction
{
    /// <summary>The funds arrive free.</summary>
    Free,
    /// <summary>The funds arrive on hold for the same reason.</summary>
    OnHold,
}
