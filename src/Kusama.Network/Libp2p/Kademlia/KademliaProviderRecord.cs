using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>A peer announcing (ADD_PROVIDER) that it provides <see cref="Key"/>, with its addresses and when the announcement expires.</summary>
public sealed record KademliaProviderRecord(byte[] Key, PeerId Provider, IReadOnlyList<Multiaddr> Addresses, DateTimeOffset? Expires);
