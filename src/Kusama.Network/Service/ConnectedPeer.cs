using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Notifications;
using Kusama.Network.Protocols;

namespace Kusama.Network.Service;

/// <summary>
/// A peer holding one of our slots (or reserved): its notification substreams, the best block it announced, and what it is
/// known to have. Members other than the immutable ones are guarded by the instance lock.
/// </summary>
internal sealed class ConnectedPeer(PeerId peerId, Libp2pConnection connection, bool inbound, bool reserved, bool light = false)
{
    /// <summary>Substrate's <c>MAX_KNOWN_BLOCKS</c>.</summary>
    public const int MaxKnownBlocks = 1024;

    /// <summary>Substrate's <c>MAX_KNOWN_TRANSACTIONS</c>.</summary>
    public const int MaxKnownTransactions = 10240;

    public PeerId PeerId { get; } = peerId;

    /// <summary>The connection our outbound substreams use.</summary>
    public Libp2pConnection Connection { get; } = connection;

    /// <summary>True when the peer took an inbound slot, false for an outbound one.</summary>
    public bool Inbound { get; } = inbound;

    /// <summary>Reserved peers take no slot.</summary>
    public bool Reserved { get; } = reserved;

    /// <summary>A light client holding a light slot instead of an inbound full one.</summary>
    public bool Light { get; } = light;

    public CancellationTokenSource Closing { get; } = new();

    /// <summary>Set once our block-announces substream is open: from then on the peer is a sync peer.</summary>
    public BlockAnnouncesHandshake? Handshake { get; set; }

    public NotificationsSink? BlockAnnounces { get; set; }

    public NotificationsSink? Transactions { get; set; }

    public NotificationsSink? Grandpa { get; set; }

    /// <summary>True once the peer's own block-announces substream to us was accepted.</summary>
    public bool InboundBlockAnnounces { get; set; }

    public Roles Roles { get; set; }

    public Hash256 BestHash { get; set; }

    public uint BestNumber { get; set; }

    public LruHashSet<Hash256> KnownBlocks { get; } = new(MaxKnownBlocks);

    public LruHashSet<Hash256> KnownTransactions { get; } = new(MaxKnownTransactions);

    public bool IsOpen => Handshake is not null;

    public PeerInfo Info()
    {
        lock (this) return new PeerInfo(PeerId, Roles, BestHash, BestNumber);
    }
}
