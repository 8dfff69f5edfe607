using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;

namespace Kusama.Network.Service;

/// <summary>The network flags of a node (polkadot's <c>NetworkParams</c>; defaults as Substrate's CLI).</summary>
public sealed record NetworkConfiguration
{
    /// <summary>Substrate's default p2p port.</summary>
    public const int DefaultPort = 30333;

    /// <summary>Where to listen (<c>--listen-addr</c>; default <c>/ip4/0.0.0.0/tcp/30333</c> and <c>/ip6/::/tcp/30333</c>, or <c>--port</c>).</summary>
    public IReadOnlyList<Multiaddr> ListenAddresses { get; init; } = [];

    /// <summary>Addresses announced to peers in addition to the listen addresses (<c>--public-addr</c>).</summary>
    public IReadOnlyList<Multiaddr> PublicAddresses { get; init; } = [];

    /// <summary>Peers to connect to first and to seed discovery with (<c>--bootnodes</c>, each with <c>/p2p/ID</c>).</summary>
    public IReadOnlyList<Multiaddr> Bootnodes { get; init; } = [];

    /// <summary>Peers always kept connected, outside the slot limits (<c>--reserved-nodes</c>, each with <c>/p2p/ID</c>).</summary>
    public IReadOnlyList<Multiaddr> ReservedNodes { get; init; } = [];

    /// <summary>Connect only to reserved nodes and accept only them (<c>--reserved-only</c>); discovery's random walk is off.</summary>
    public bool ReservedOnly { get; init; }

    /// <summary>Inbound full-node slots (<c>--in-peers</c>, default 32).</summary>
    public int InPeers { get; init; } = 32;

    /// <summary>Inbound light-client slots (<c>--in-peers-light</c>, default 100).</summary>
    public int InPeersLight { get; init; } = 100;

    /// <summary>Outbound slots (<c>--out-peers</c>, default 8).</summary>
    public int OutPeers { get; init; } = 8;

    /// <summary>Our roles in handshakes: Full, or Authority for a validator.</summary>
    public Roles Roles { get; init; } = Roles.Full;

    /// <summary>Whether private and loopback addresses found by discovery are dialled (Substrate's <c>allow_private_ip</c>; true by default, <c>--no-private-ip</c> turns it off).</summary>
    public bool AllowPrivateAddresses { get; init; } = true;

    /// <summary>Identify's agent version, e.g. <c>Kusama.NET/1.0.0 (node name)</c>.</summary>
    public string AgentVersion { get; init; } = "Kusama.NET";
}
