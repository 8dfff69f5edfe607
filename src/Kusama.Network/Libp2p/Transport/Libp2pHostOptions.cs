using System.Net.Security;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>What a <see cref="Libp2pHost"/> tells peers about itself in identify.</summary>
public sealed record Libp2pHostOptions
{
    /// <summary>Identify's protocolVersion (Substrate's value).</summary>
    public string ProtocolVersion { get; init; } = "/substrate/1.0";

    /// <summary>Identify's agentVersion.</summary>
    public string AgentVersion { get; init; } = "Kusama.NET/0.1.0";

    /// <summary>The whole-upgrade timeout for every connection (Substrate's 20 s).</summary>
    public TimeSpan UpgradeTimeout { get; init; } = ConnectionUpgrader.UpgradeTimeout;

    /// <summary>How a <c>/wss</c> server's TLS certificate is checked; null uses the system's trust store and the host name.</summary>
    public RemoteCertificateValidationCallback? RemoteCertificateValidation { get; init; }

    /// <summary>Inbound connections being upgraded at once; more are refused so a flood cannot exhaust us.</summary>
    public int MaxPendingInboundUpgrades { get; init; } = 64;
}
