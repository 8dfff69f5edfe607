using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;

namespace Kusama.Network.Sync;

/// <summary>A reputation change block sync wants applied to a peer, and whether the peer is to be disconnected as well.</summary>
public readonly record struct PeerReport(PeerId Peer, ReputationChange Change, bool Disconnect);
