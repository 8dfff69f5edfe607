using System.Net.WebSockets;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>
/// The libp2p byte stream carried by a WebSocket: binary messages hold raw bytes (message boundaries mean nothing),
/// every write is one binary message, and a close from the remote reads as end of stream.
/// </summary>
/// <remarks>
/// A text message, or a binary message longer than <see cref="MaxMessageSize"/>, is a protocol violation: the socket
/// is aborted and the read fails with an <see cref="IOException"/>, which is what the layers above treat as a dead
/// connection. WebSocket failures surface as <see cref="IOException"/> for the same reason.
/// </remarks>
public sealed class WebSocketStream : DuplexStream
{
    /// <summary>The default bound on one incoming message (a Noise frame is at most 64 KiB; peers may batch a few).</summary>
    public const int DefaultMaxMessageSize = 8 * 1024 * 1024;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private long _messageLength;
    private bool _endOfStream;
    private int _disposed;

    /// <summary>A stream over <paramref name="socket"/> (which it owns and disposes).</summary>
    public WebSocketStream(WebSocket socket, int maxMessageSize = DefaultMaxMessageSize)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageSize);
        _socket = socket;
        MaxMessageSize = maxMessageSize;
    }

    /// <summary>The largest incoming binary message accepted.</summary>
    public int MaxMessageSize { get; }

    /// <summary>The WebSocket underneath.</summary>
    public WebSocket WebSocket => _socket;

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (buffer.IsEmpty || _endOfStream) return 0;
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException e)
            {
                throw new IOException($"WebSocket receive failed: {e.Message}", e);
            }
            switch (result.MessageType)
            {
                case WebSocketMessageType.Close:
                    _endOfStream = true;
                    await TryCloseOutputAsync().ConfigureAwait(false);
                    return 0;
                case WebSocketMessageType.Text:
                    _socket.Abort();
                    throw new IOException("WebSocket peer sent a text message; libp2p uses binary messages only");
            }
            _messageLength += result.Count;
            if (_messageLength > MaxMessageSize)
            {
                _socket.Abort();
                throw new IOException($"WebSocket message longer than {MaxMessageSize} bytes");
            }
            if (result.EndOfMessage) _messageLength = 0;
            // An empty binary message carries nothing; returning 0 would read as end of stream.
            if (result.Count > 0) return result.Count;
        }
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (buffer.IsEmpty) return;
        // WebSocket allows one send at a time; callers above may write from several tasks.
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(buffer, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            throw new IOException($"WebSocket send failed: {e.Message}", e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task TryCloseOutputAsync()
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The remote is gone already; nothing more to tell it.
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _socket.Dispose();
            _writeLock.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _disposed) == 0) await TryCloseOutputAsync().ConfigureAwait(false);
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}
