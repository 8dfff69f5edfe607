namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>The <c>connection</c> field of a Kademlia peer entry: what the sender knows about its link to that peer.</summary>
public enum KademliaConnectionType
{
    /// <summary>Not connected, no recent connection.</summary>
    NotConnected = 0,

    /// <summary>Connected now.</summary>
    Connected = 1,

    /// <summary>Recently connected.</summary>
    CanConnect = 2,

    /// <summary>Recently failed to connect.</summary>
    CannotConnect = 3,
}
