using System.Collections.Concurrent;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>The inbound substream protocols a host accepts, by name; the listener side of multistream-select offers these.</summary>
public sealed class ProtocolHandlers
{
    private readonly ConcurrentDictionary<string, StreamHandler> _handlers = new(StringComparer.Ordinal);
    private volatile string[] _protocols = [];
    private readonly Lock _lock = new();

    /// <summary>Registers (or replaces) the handler for <paramref name="protocol"/>.</summary>
    public void Register(string protocol, StreamHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!MultistreamSelect.MultistreamMessage.IsProtocolName(protocol))
            throw new ArgumentException($"'{protocol}' is not a protocol name", nameof(protocol));
        lock (_lock)
        {
            _handlers[protocol] = handler;
            _protocols = [.. _handlers.Keys.Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Removes the handler for <paramref name="protocol"/>; true when there was one.</summary>
    public bool Unregister(string protocol)
    {
        lock (_lock)
        {
            if (!_handlers.TryRemove(protocol, out _)) return false;
            _protocols = [.. _handlers.Keys.Order(StringComparer.Ordinal)];
            return true;
        }
    }

    /// <summary>The registered protocol names, sorted.</summary>
    public IReadOnlyList<string> Protocols => _protocols;

    /// <summary>The handler for <paramref name="protocol"/>, if registered.</summary>
    public bool TryGet(string protocol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StreamHandler? handler) =>
        _handlers.TryGetValue(protocol, out handler);
}
