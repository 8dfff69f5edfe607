namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>tokens::Preservation</c>: whether an operation may reap the account.</summary>
public enum Preservation
{
    /// <summary>We don't care if the account gets killed by this operation.</summary>
    Expendable,
    /// <summary>The account may not be killed, but we don't care if the balance gets dusted.</summary>
    Protect,
    /// <summary>The account may not be killed and our provider reference must remain (the balance stays at least ED).</summary>
    Preserve,
}
