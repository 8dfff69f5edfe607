using System.Text.Json;

namespace Kusama.Rpc;

/// <summary>
/// The sending end of one subscription. Thread-safe: notifications come from chain threads. Notifications
/// sent before the subscription id has been answered wait and follow it. A client too slow to read
/// (more than the connection's message buffer waiting) loses the subscription: <see cref="Send"/> then
/// returns false and <see cref="Closed"/> fires, so the producer stops and the node never buffers without bound.
/// </summary>
public sealed class RpcSubscriptionSink
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly Lock _lock = new();
    private readonly RpcConnection _connection;
    private readonly CancellationTokenSource _closed = new();
    private readonly byte[] _idJson;
    private List<RpcOutgoingMessage>? _pending = [];
    private volatile State _state = State.Pending;
    private bool _closeAfterFlush;

    internal RpcSubscriptionSink(RpcConnection connection, RpcSubscriptionDefinition definition, string id)
    {
        _connection = connection;
        Definition = definition;
        Id = id;
        _idJson = RpcJson.EncodeString(id);
    }

    /// <summary>The subscription id the client received (a random 16-character string, as Substrate uses).</summary>
    public string Id { get; }

    /// <summary>The method notifications are sent as (e.g. <c>chain_newHead</c>).</summary>
    public string NotificationMethod => Definition.NotificationMethod;

    public RpcContext Context => _connection.Context;

    /// <summary>Cancelled when the subscription ends: unsubscribed, closed by the server, too slow a client, or connection gone.</summary>
    public CancellationToken Closed => _closed.Token;

    public bool IsClosed => _state == State.Closed;

    internal RpcSubscriptionDefinition Definition { get; }

    /// <summary>Sends one notification; false when the subscription is (or just got) closed.</summary>
    public bool Send(RpcResult payload)
    {
        if (payload.IsError) throw new ArgumentException("a notification carries a value, not an error", nameof(payload));
        if (_state == State.Closed) return false;
        RpcOutgoingMessage? message = Serialize(payload);
        if (message is null)
        {
            Close();
            return false;
        }
        bool lagging = false;
        lock (_lock)
        {
            switch (_state)
            {
                case State.Closed:
                    message.Value.Return();
                    return false;
                case State.Pending:
                    if (_pending!.Count < _connection.MessageBufferCapacity)
                    {
                        _pending.Add(message.Value);
                        return true;
                    }
                    lagging = true;
                    break;
                default:
                    lagging = !_connection.TryEnqueueNotification(message.Value);
                    break;
            }
        }
        if (!lagging) return true;
        message.Value.Return();
        _connection.OnLagging(this);
        Close();
        return false;
    }

    /// <summary>Sends a last notification (e.g. chainHead_v1's <c>stop</c> event) and ends the subscription.</summary>
    public bool SendAndClose(RpcResult payload)
    {
        bool sent = Send(payload);
        Close();
        return sent;
    }

    /// <summary>Ends the subscription from the server side; later <see cref="Send"/> calls return false.</summary>
    public void Close()
    {
        lock (_lock)
        {
            if (_state == State.Closed) return;
            if (_state == State.Pending)
            {
                // Not answered yet: the notifications already sent still follow the id, then it ends.
                _closeAfterFlush = true;
                return;
            }
            _state = State.Closed;
        }
        Finish();
    }

    /// <summary>Called once the subscription id has been queued: queued notifications follow it, in order.</summary>
    internal void Activate()
    {
        bool close;
        bool lagging = false;
        lock (_lock)
        {
            if (_state != State.Pending) return;
            foreach (RpcOutgoingMessage message in _pending!)
            {
                if (lagging || !_connection.TryEnqueueNotification(message))
                {
                    lagging = true;
                    message.Return();
                }
            }
            _pending = null;
            _state = State.Live;
            close = _closeAfterFlush || lagging;
        }
        if (lagging) _connection.OnLagging(this);
        if (close) Close();
    }

    /// <summary>Ends the subscription without it ever having been answered (the handler refused or failed).</summary>
    internal void Discard() => Terminate(removeFromConnection: true);

    /// <summary>Ends it because the client unsubscribed or the connection closed.</summary>
    internal void Terminate(bool removeFromConnection)
    {
        List<RpcOutgoingMessage>? pending;
        lock (_lock)
        {
            if (_state == State.Closed) return;
            _state = State.Closed;
            pending = _pending;
            _pending = null;
        }
        if (pending is not null)
            foreach (RpcOutgoingMessage message in pending) message.Return();
        if (removeFromConnection) _connection.RemoveSubscription(this);
        _closed.Cancel();
    }

    private void Finish()
    {
        _connection.RemoveSubscription(this);
        _closed.Cancel();
    }

    private RpcOutgoingMessage? Serialize(RpcResult payload)
    {
        var buffer = new PooledBufferWriter();
        buffer.Write(Definition.NotificationPrefix);
        buffer.Write(_idJson);
        buffer.Write(",\"result\":"u8);
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer, RpcJson.WriterOptions);
        writer.Reset(buffer);
        try
        {
            payload.WriteTo(writer);
            writer.Flush();
        }
        catch
        {
            buffer.Release();
            throw;
        }
        finally
        {
            writer.Reset(Stream.Null);
        }
        buffer.Write("}}"u8);
        if (buffer.WrittenCount > _connection.MaxResponseSize)
        {
            buffer.Release();
            _connection.OnOversizedNotification(this);
            return null;
        }
        return buffer.Detach(isResponse: false);
    }

    private enum State : byte
    {
        Pending,
        Live,
        Closed,
    }
}
