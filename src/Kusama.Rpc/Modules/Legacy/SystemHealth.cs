namespace Kusama.Rpc.Modules.Legacy;

/// <summary>sc-rpc-api's <c>Health</c>: connected peers, whether the node is syncing, and whether it should have peers.</summary>
public readonly record struct SystemHealth(int Peers, bool IsSyncing, bool ShouldHavePeers);
