namespace Kusama.Network.Libp2p;

/// <summary>The outcome of <see cref="UnsignedVarint.TryRead"/>.</summary>
public enum VarintStatus
{
    Done,
    Incomplete,
    Invalid,
}
