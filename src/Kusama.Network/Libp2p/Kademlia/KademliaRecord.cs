using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// The <c>record</c> field of a Kademlia message (<c>{key 1, value 2, timeReceived 5, publisher 666, ttl 777}</c>); the
/// last two are rust-libp2p's extensions: who first published the record, and its remaining lifetime in seconds (0: none).
/// </summary>
public sealed record KademliaRecord(byte[] Key, byte[] Value, string TimeReceived = "", PeerId? Publisher = null, uint Ttl = 0);
