namespace Kusama.Rpc.Modules.Legacy;

/// <summary>What the <c>system_</c> methods ask the node's network (sc-rpc's <c>system::Request</c> to the network worker).</summary>
public interface ISystemNetwork
{
    /// <summary>Connected sync peers, whether a major sync is under way, and whether the node should have peers.</summary>
    SystemHealth Health();

    /// <summary>Listen addresses, each ending in <c>/p2p/&lt;local peer id&gt;</c>.</summary>
    IReadOnlyList<string> ListenAddresses();

    /// <summary>The sync peers.</summary>
    IReadOnlyList<SystemPeer> Peers();

    /// <summary>The highest block any peer announced, or null when none is known.</summary>
    uint? HighestBlock();

    /// <summary>The reserved peers' ids.</summary>
    IReadOnlyList<string> ReservedPeers();

    /// <summary>Adds a reserved peer by multiaddress with <c>/p2p/</c>.</summary>
    /// <exception cref="ArgumentException">The address is malformed or names no peer.</exception>
    void AddReservedPeer(string multiaddr);

    /// <summary>Removes a reserved peer by peer id.</summary>
    /// <exception cref="ArgumentException">The peer id is malformed.</exception>
    void RemoveReservedPeer(string peerId);
}
