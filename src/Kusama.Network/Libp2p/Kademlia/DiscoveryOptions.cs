using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>How <see cref="Discovery"/> finds peers (sc-network's discovery configuration for a full node).</summary>
public sealed record DiscoveryOptions
{
    /// <summary>Bootnodes, each ending with <c>/p2p/&lt;PeerId&gt;</c>; they seed the table and are re-queried until they answer.</summary>
    public IReadOnlyList<Multiaddr> Bootnodes { get; init; } = [];

    /// <summary>Run the random walk (Substrate: <c>!reserved_only</c>).</summary>
    public bool EnableRandomWalk { get; init; } = true;

    /// <summary>The number of connected peers we currently have (the service's count).</summary>
    public Func<int> ConnectedPeers { get; init; } = static () => 0;

    /// <summary>Walks are skipped while <see cref="ConnectedPeers"/> is at least this (Substrate's discovery_only_if_under_num).</summary>
    public int DiscoveryOnlyIfUnderNum { get; init; } = int.MaxValue;

    /// <summary>Keep loopback and private addresses (Substrate's allow_private_ip; true for tests and --dev).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Ask every newly connected peer for identify to learn its listen addresses.</summary>
    public bool IdentifyNewConnections { get; init; } = true;

    /// <summary>The clock of record and provider expiry and of k-bucket pending entries (the system clock; tests pass a fake).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Which inbound PUT_VALUE records are stored (see <see cref="KademliaProtocol.RecordFilter"/>); null stores all.</summary>
    public Func<PeerId, KademliaRecord, bool>? RecordFilter { get; init; }

    /// <summary>Which inbound ADD_PROVIDER announcements are stored (see <see cref="KademliaProtocol.ProviderFilter"/>); null stores all.</summary>
    public Func<PeerId, KademliaProviderRecord, bool>? ProviderFilter { get; init; }
}
