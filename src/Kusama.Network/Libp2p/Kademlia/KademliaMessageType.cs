namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>The <c>type</c> field of a Kademlia (dht.pb) message.</summary>
public enum KademliaMessageType
{
    /// <summary>Store a record (authority discovery only).</summary>
    PutValue = 0,

    /// <summary>Fetch a record (authority discovery only).</summary>
    GetValue = 1,

    /// <summary>Announce that we provide a key; no response is sent.</summary>
    AddProvider = 2,

    /// <summary>Ask for the providers of a key.</summary>
    GetProviders = 3,

    /// <summary>Ask for the peers closest to a key.</summary>
    FindNode = 4,

    /// <summary>Deprecated liveness check, answered with an empty PING.</summary>
    Ping = 5,
}
