namespace Kusama.Network.Notifications;

/// <summary>
/// A Substrate notification protocol (sc-network <c>NonDefaultSetConfig</c>): its name, fallback names tried in order
/// when the remote lacks the main one, and the largest notification accepted (networking.md §9.1).
/// </summary>
public sealed record NotificationProtocol(string Name, IReadOnlyList<string> FallbackNames, int MaxNotificationSize)
{
    /// <summary>How long the remote may take to answer our handshake, or to send its own (Substrate: about 10 s).</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The main name followed by the fallbacks, as offered in multistream-select.</summary>
    public IReadOnlyList<string> AllNames => [Name, .. FallbackNames];
}
