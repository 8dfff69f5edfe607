namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>Where a <see cref="LookupCandidate"/> stands in an iterative lookup.</summary>
internal enum LookupState
{
    NotContacted,
    Waiting,
    Succeeded,
    Failed,
}
