namespace Kusama.Network.Protocols;

/// <summary>The direction a block request walks from its start block.</summary>
public enum BlockDirection
{
    /// <summary>Increasing block numbers (towards children).</summary>
    Ascending = 0,

    /// <summary>Decreasing block numbers (towards genesis, via parents).</summary>
    Descending = 1,
}
