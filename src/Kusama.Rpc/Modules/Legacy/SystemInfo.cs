namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// What the system_ methods report about the node itself. Networking arrives later: <see cref="Health"/>,
/// <see cref="LocalPeerId"/> and <see cref="ListenAddresses"/> are the seams it will fill (no peers until then).
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

    /// <summary>Multiaddresses the node listens on, each with its <c>/p2p/</c> suffix.</summary>
    public IReadOnlyList<string> ListenAddresses { get; init; } = [];

    /// <summary>Peers and sync status now; a node without networking has no peers and is not syncing.</summary>
    public Func<SystemHealth> Health { get; init; } = static () => new SystemHealth(0, false, false);
}
