namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>The <c>record</c> field of a Kademlia message (<c>{key 1, value 2, timeReceived 5}</c>).</summary>
public sealed record KademliaRecord(byte[] Key, byte[] Value, string TimeReceived = "");
