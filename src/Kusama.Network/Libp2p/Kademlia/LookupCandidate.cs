using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>A peer of an iterative lookup: its distance to the target, addresses and query state.</summary>
internal sealed class LookupCandidate(PeerId peerId, KademliaDistance distance)
{
    public PeerId PeerId { get; } = peerId;

    public KademliaDistance Distance { get; } = distance;

    public List<Multiaddr> Addresses { get; } = [];

    public LookupState State { get; set; }
}
