namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>tokens::Fortitude</c>: whether freezes and locks are respected.</summary>
public enum Fortitude
{
    /// <summary>Operation must not be forced: freezes apply.</summary>
    Polite,
    /// <summary>Operation may ignore freezes (slashing and the like).</summary>
    Force,
}
