using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Protocols;

namespace Kusama.Network.Service;

/// <summary>A connected sync peer as <c>system_peers</c> reports it: id, roles and the best block it announced.</summary>
public sealed record PeerInfo(PeerId PeerId, Roles Roles, Hash256 BestHash, uint BestNumber);
