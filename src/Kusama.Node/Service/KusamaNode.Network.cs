using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;
using Kusama.Network.Service;
using Kusama.Rpc.Modules.Legacy;

namespace Kusama.Node.Service;

// The p2p network: Substrate's protocols for this chain, and what system_ RPC reports about it.
public sealed partial class KusamaNode
{
    /// <summary>The p2p network service.</summary>
    public NetworkService Network { get; private set; } = null!;

    private void ComposeNetwork()
    {
        var spec = Configuration.ChainSpec;
        // sc-network's DEFAULT_PROTOCOL_ID when the chain spec names none.
        var names = new ProtocolNames(Tree.Genesis, spec.ProtocolId ?? "sup", spec.ForkId);
        Network = new NetworkService(NodeKey, Configuration.Network, Tree, names, Pool, Importer, _loggers);
    }

    /// <summary>system_ RPC's view of the network.</summary>
    private sealed class SystemNetwork(NetworkService network) : ISystemNetwork
    {
        public SystemHealth Health() => new(network.PeerCount, network.IsMajorSyncing, ShouldHavePeers: true);

        public IReadOnlyList<string> ListenAddresses() => [.. network.ListenAddresses.Select(static a => a.ToString())];

        public IReadOnlyList<SystemPeer> Peers() =>
        [
            .. network.Peers.Select(static p => new SystemPeer(p.PeerId.ToString(), RoleName(p.Roles), p.BestHash.ToString(), p.BestNumber)),
        ];

        // Substrate's syncState highestBlock is sync's best_seen_block (the peers' median best when ahead of us).
        public uint? HighestBlock() => network.Sync?.Status.BestSeenBlock;

        public IReadOnlyList<string> ReservedPeers() => [.. network.ReservedPeers.Select(static p => p.ToString())];

        public void AddReservedPeer(string multiaddr)
        {
            Multiaddr address;
            try
            {
                address = Multiaddr.Parse(multiaddr);
            }
            catch (FormatException exception)
            {
                throw new ArgumentException(exception.Message, nameof(multiaddr), exception);
            }
            network.AddReservedPeer(address);
        }

        public void RemoveReservedPeer(string peerId)
        {
            if (!PeerId.TryParse(peerId, out PeerId? peer)) throw new ArgumentException($"'{peerId}' is not a peer id", nameof(peerId));
            network.RemoveReservedPeer(peer);
        }

        // sc-rpc-api's PeerInfo.roles is the Debug text of the peer's Roles bitflags: FULL, LIGHT or AUTHORITY.
        private static string RoleName(Roles roles) =>
            (roles & Roles.Authority) != 0 ? "AUTHORITY" : roles.IsLight() ? "LIGHT" : "FULL";
    }
}
