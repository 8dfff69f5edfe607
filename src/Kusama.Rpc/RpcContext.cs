using System.Collections.Concurrent;
using System.Net;

namespace Kusama.Rpc;

/// <summary>The connection a call came on: transport, peer, safety, lifetime and per-connection module state.</summary>
public sealed class RpcContext
{
    private readonly ConcurrentDictionary<Type, object> _state = new();

    internal RpcContext(long connectionId, RpcTransport transport, IPEndPoint? remoteEndPoint, bool allowsUnsafe, CancellationToken connectionClosed)
    {
        ConnectionId = connectionId;
        Transport = transport;
        RemoteEndPoint = remoteEndPoint;
        AllowsUnsafe = allowsUnsafe;
        ConnectionClosed = connectionClosed;
    }

    /// <summary>Unique per server for the server's lifetime.</summary>
    public long ConnectionId { get; }

    public RpcTransport Transport { get; }

    public IPEndPoint? RemoteEndPoint { get; }

    /// <summary>Whether unsafe methods may run (from <see cref="RpcMethods"/> and the listen address).</summary>
    public bool AllowsUnsafe { get; }

    /// <summary>Cancelled when the connection closes (for HTTP: when the request ends).</summary>
    public CancellationToken ConnectionClosed { get; }

    /// <summary>
    /// Per-connection state of one module, created on first use (e.g. chainHead_v1's follow subscriptions,
    /// limited to two per connection). Thread-safe.
    /// </summary>
    public T GetOrAddState<T>(Func<T> create) where T : class =>
        (T)_state.GetOrAdd(typeof(T), static (_, factory) => factory(), create);
}
