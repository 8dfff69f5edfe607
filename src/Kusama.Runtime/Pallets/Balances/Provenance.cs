namespace Kusama.Runtime.Pallets.Balances;

/// <summary>frame_support's <c>tokens::Provenance</c>: where deposited funds come from.</summary>
public enum Provenance
{
    /// <summary>The funds will be minted into the system, increasing total issuance.</summary>
    Minted,
    /// <summary>The funds already exist in the system (a transfer).</summary>
    Extant,
}
