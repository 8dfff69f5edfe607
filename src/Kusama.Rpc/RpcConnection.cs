using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Kusama.Rpc;

/// <summary>
/// Server-side state of one connection: the bounded send queue, the calls in flight and the subscriptions.
/// Calls in flight are bounded by <see cref="RpcServerOptions.MessageBufferCapacityPerConnection"/> (a permit
/// is held until the call's response has been written to the socket), so a client that stops reading stops
/// being read; queued notifications are bounded by the same number, beyond which the subscription is dropped.
/// </summary>
internal sealed class RpcConnection : IDisposable
{
    private readonly Channel<RpcOutgoingMessage>? _outgoing;
    private readonly ConcurrentDictionary<string, RpcSubscriptionSink> _subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closed;
    private readonly ILogger _logger;
    private readonly int _maxSubscriptions;
    private int _subscriptionCount;
    private int _queuedNotifications;
    private int _disposed;

    public RpcConnection(long id, RpcTransport transport, IPEndPoint? remoteEndPoint, bool allowsUnsafe,
        RpcServerOptions options, ILogger logger, CancellationToken serverStopping)
    {
        _closed = CancellationTokenSource.CreateLinkedTokenSource(serverStopping);
        _logger = logger;
        _maxSubscriptions = options.MaxSubscriptionsPerConnection;
        MessageBufferCapacity = options.MessageBufferCapacityPerConnection;
        MaxResponseSize = options.MaxResponseSize;
        Context = new RpcContext(id, transport, remoteEndPoint, allowsUnsafe, _closed.Token);
        if (transport == RpcTransport.WebSocket)
        {
            _outgoing = Channel.CreateUnbounded<RpcOutgoingMessage>(new UnboundedChannelOptions { SingleReader = true });
            PendingCalls = new SemaphoreSlim(MessageBufferCapacity, MessageBufferCapacity);
        }
    }

    public RpcContext Context { get; }

    public bool SupportsSubscriptions => _outgoing is not null;

    public int MessageBufferCapacity { get; }

    public long MaxResponseSize { get; }

    public int SubscriptionCount => Volatile.Read(ref _subscriptionCount);

    public int MaxSubscriptions => _maxSubscriptions;

    /// <summary>Permits for calls in flight (WebSocket only).</summary>
    public SemaphoreSlim? PendingCalls { get; }

    public ChannelReader<RpcOutgoingMessage> Outgoing => _outgoing!.Reader;

    public CancellationToken Closed => _closed.Token;

    /// <summary>Queues a call's response; its permit is released once it has been sent.</summary>
    public bool EnqueueResponse(RpcOutgoingMessage message)
    {
        if (_outgoing!.Writer.TryWrite(message)) return true;
        message.Return();
        return false;
    }

    public bool TryEnqueueNotification(RpcOutgoingMessage message)
    {
        // The buffer is per subscription, as sc-rpc's pipe_from_stream keeps one per subscription: a burst where every
        // subscription of a promptly-read connection gets one notification must not count as lagging. Still bounded:
        // at most MaxSubscriptionsPerConnection × MessageBufferCapacity notifications wait.
        int limit = MessageBufferCapacity * Math.Max(1, SubscriptionCount);
        if (Interlocked.Increment(ref _queuedNotifications) > limit || !_outgoing!.Writer.TryWrite(message))
        {
            Interlocked.Decrement(ref _queuedNotifications);
            return false;
        }
        return true;
    }

    /// <summary>No more messages will be queued; the send loop ends once the queue is empty.</summary>
    public void CompleteOutgoing() => _outgoing?.Writer.TryComplete();

    /// <summary>Called by the send loop after a message left the queue.</summary>
    public void OnSent(in RpcOutgoingMessage message)
    {
        if (message.IsResponse) PendingCalls!.Release();
        else Interlocked.Decrement(ref _queuedNotifications);
        message.Return();
    }

    public RpcSubscriptionSink? TryOpenSubscription(RpcSubscriptionDefinition definition)
    {
        if (Interlocked.Increment(ref _subscriptionCount) > _maxSubscriptions)
        {
            Interlocked.Decrement(ref _subscriptionCount);
            return null;
        }
        while (true)
        {
            var sink = new RpcSubscriptionSink(this, definition, RpcSubscriptionIds.Next());
            if (!_subscriptions.TryAdd(sink.Id, sink)) continue;
            // Opened while the connection closed: Dispose may already have swept the table.
            if (_closed.IsCancellationRequested) sink.Terminate(removeFromConnection: true);
            return sink;
        }
    }

    /// <summary>The client's unsubscribe: true when the id named a live subscription of that kind on this connection.</summary>
    public bool Unsubscribe(string id, RpcSubscriptionDefinition definition)
    {
        if (!_subscriptions.TryGetValue(id, out RpcSubscriptionSink? sink) || sink.Definition != definition) return false;
        if (!_subscriptions.TryRemove(new KeyValuePair<string, RpcSubscriptionSink>(id, sink))) return false;
        Interlocked.Decrement(ref _subscriptionCount);
        sink.Terminate(removeFromConnection: false);
        return true;
    }

    public void RemoveSubscription(RpcSubscriptionSink sink)
    {
        if (_subscriptions.TryRemove(new KeyValuePair<string, RpcSubscriptionSink>(sink.Id, sink)))
            Interlocked.Decrement(ref _subscriptionCount);
    }

    public void OnLagging(RpcSubscriptionSink sink)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
            _logger.LogDebug("Subscription {Id} ({Method}) on connection {Connection} dropped: the client does not read fast enough (message buffer of {Capacity} full)",
                sink.Id, sink.NotificationMethod, Context.ConnectionId, MessageBufferCapacity);
    }

    public void OnOversizedNotification(RpcSubscriptionSink sink) =>
        _logger.LogWarning("Subscription {Id} ({Method}) closed: a notification exceeds the maximum response size of {Limit} bytes",
            sink.Id, sink.NotificationMethod, MaxResponseSize);

    /// <summary>Ends every subscription, stops the queue and returns its buffers.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _closed.Cancel();
        foreach (RpcSubscriptionSink sink in _subscriptions.Values)
            sink.Terminate(removeFromConnection: false);
        _subscriptions.Clear();
        if (_outgoing is not null)
        {
            _outgoing.Writer.TryComplete();
            while (_outgoing.Reader.TryRead(out RpcOutgoingMessage message)) message.Return();
        }
        // Unlinks from the server's token; the already-cancelled token stays valid for late observers.
        _closed.Dispose();
    }
}
