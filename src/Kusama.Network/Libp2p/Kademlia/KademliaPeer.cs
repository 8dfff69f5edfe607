using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>A peer entry of a Kademlia message (closerPeers / providerPeers) or of the routing table.</summary>
public sealed record KademliaPeer(PeerId PeerId, IReadOnlyList<Multiaddr> Addresses, KademliaConnectionType Connection = KademliaConnectionType.NotConnected);
