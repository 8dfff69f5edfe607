namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// What the system_ methods report about the node itself; peers, listen addresses and sync progress come from
/// <see cref="Network"/>.
/// </summary>
public sealed record SystemInfo
{
    /// <summary>The implementation name (<c>system_name</c>).</summary>
    public string Name { get; init; } = "Kusama.NET";

    /// <summary>The version string, e.g. <c>1.0.0-abcdef0</c> (<c>system_version</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Whether the node authors blocks: roles are <c>["Authority"]</c>, else <c>["Full"]</c>.</summary>
    public bool IsAuthority { get; init; }

    /// <summary>The libp2p peer id, base58 (<c>system_localPeerId</c>).</summary>
    public string LocalPeerId { get; init; } = "";

    /// <summary>The node's network; null for a node without one (no peers, not syncing).</summary>
    public ISystemNetwork? Network { get; init; }
}
