namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>tokens::Precision</c>: whether an amount must be met exactly.</summary>
public enum Precision
{
    /// <summary>The operation should affect exactly the amount, or fail.</summary>
    Exact,
    /// <summary>The operation may affect less than the amount.</summary>
    BestEffort,
}
