using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>One peer of a k-bucket: its key, addresses (newest last) and whether we are connected to it.</summary>
internal sealed class KBucketEntry(PeerId peerId, KademliaKey key)
{
    public PeerId PeerId { get; } = peerId;

    public KademliaKey Key { get; } = key;

    public List<Multiaddr> Addresses { get; } = [];

    public bool IsConnected { get; set; }
}
