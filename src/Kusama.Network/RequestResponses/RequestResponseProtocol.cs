using Kusama.Network.Protocols;

namespace Kusama.Network.RequestResponses;

/// <summary>
/// One Substrate request-response protocol (sc-network <c>ProtocolConfig</c>): its names, size limits, timeout and the
/// number of inbound requests served at once.
/// </summary>
public sealed record RequestResponseProtocol(
    string Name,
    IReadOnlyList<string> FallbackNames,
    int MaxRequestSize,
    int MaxResponseSize,
    TimeSpan Timeout,
    int MaxConcurrentInboundRequests = RequestResponseProtocol.DefaultInboundQueueSize)
{
    /// <summary>Substrate's inbound queue of the sync, state and light handlers: 20 requests; more are refused.</summary>
    public const int DefaultInboundQueueSize = 20;

    /// <summary>The main name followed by the fallbacks, in the order a dialer offers them.</summary>
    public IReadOnlyList<string> AllNames => [Name, .. FallbackNames];

    /// <summary>Block requests, <c>/&lt;genesis&gt;/sync/2</c> (legacy <c>/&lt;protocolId&gt;/sync/2</c>): 1 MiB / 16 MiB / 20 s.</summary>
    public static RequestResponseProtocol Sync(ProtocolNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new(names.Sync, [names.LegacySync], ProtocolLimits.MaxRequestSize, ProtocolLimits.MaxResponseSize, TimeSpan.FromSeconds(20));
    }

    /// <summary>State requests, <c>/&lt;genesis&gt;/state/2</c> (legacy <c>/&lt;protocolId&gt;/state/2</c>): 1 MiB / 16 MiB / 40 s.</summary>
    public static RequestResponseProtocol State(ProtocolNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new(names.State, [names.LegacyState], ProtocolLimits.MaxRequestSize, ProtocolLimits.MaxResponseSize, TimeSpan.FromSeconds(40));
    }

    /// <summary>Light client requests, <c>/&lt;genesis&gt;/light/2</c> (legacy <c>/&lt;protocolId&gt;/light/2</c>): 1 MiB / 16 MiB / 15 s.</summary>
    public static RequestResponseProtocol Light(ProtocolNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new(names.Light, [names.LegacyLight], ProtocolLimits.MaxRequestSize, ProtocolLimits.MaxResponseSize, TimeSpan.FromSeconds(15));
    }

    public override string ToString() => Name;
}
