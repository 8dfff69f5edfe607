using System.Threading.Channels;
using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Notifications;

/// <summary>
/// Our outbound notification substream to one peer (sc-network <c>NotificationsSink</c>): notifications queue in a bounded
/// buffer and one writer sends them in order. A full buffer means the peer is too slow; the caller then drops the peer
/// (networking.md §14 item 19) instead of buffering without bound. The remote never writes on this substream, so
/// anything it sends, or its close, ends the sink.
/// </summary>
public sealed class NotificationsSink : IAsyncDisposable
{
    /// <summary>Notifications buffered per peer and protocol before the peer counts as clogged (Substrate's 2,048 for sync).</summary>
    public const int BufferSize = 2048;

    private readonly NegotiatedSubstream _substream;
    private readonly Channel<byte[]> _queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(BufferSize)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _writer;
    private readonly Task _watcher;
    private int _disposed;

    /// <summary>Starts writing to <paramref name="substream"/>, whose handshake is done.</summary>
    public NotificationsSink(NegotiatedSubstream substream)
    {
        _substream = substream;
        _writer = Task.Run(WriteLoopAsync);
        _watcher = Task.Run(WatchAsync);
        Completion = Task.WhenAny(_writer, _watcher).Unwrap();
    }

    /// <summary>The negotiated protocol name (main or fallback).</summary>
    public string Protocol => _substream.Protocol;

    /// <summary>Completes when the substream ends: closed by the remote, failed, or disposed.</summary>
    public Task Completion { get; }

    /// <summary>Queues a notification; false when the buffer is full (the peer is clogged) or the sink has ended.</summary>
    public bool TrySend(byte[] notification) => _queue.Writer.TryWrite(notification);

    private async Task WriteLoopAsync()
    {
        CancellationToken cancellationToken = _closing.Token;
        try
        {
            await foreach (byte[] notification in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                await LengthPrefixed.WriteAsync(_substream.Stream, notification, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or Libp2pProtocolException or ObjectDisposedException)
        {
            // The substream was reset or the connection dropped: Completion reports the end.
        }
    }

    private async Task WatchAsync()
    {
        byte[] buffer = new byte[1];
        try
        {
            // One-directional: a remote that writes here breaks the protocol, and EOF means it closed its side.
            await _substream.Stream.ReadAsync(buffer, _closing.Token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Reset, dropped connection or our own close: all end the sink.
        }
    }

    /// <summary>Stops writing and closes the substream.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _queue.Writer.TryComplete();
        await _closing.CancelAsync().ConfigureAwait(false);
        await _substream.DisposeAsync().ConfigureAwait(false);
        await Task.WhenAll(_writer, _watcher).ConfigureAwait(false);
        _closing.Dispose();
    }
}
