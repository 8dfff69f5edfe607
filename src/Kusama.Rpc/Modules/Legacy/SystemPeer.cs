namespace Kusama.Rpc.Modules.Legacy;

/// <summary>One entry of <c>system_peers</c> (sc-rpc-api <c>PeerInfo</c>): id, roles ("FULL", "LIGHT", "AUTHORITY"), best block.</summary>
public sealed record SystemPeer(string PeerId, string Roles, string BestHash, uint BestNumber);
