using System.Buffers;
using System.Diagnostics;

namespace Kusama.Network.Libp2p.Yamux;

/// <summary>One yamux substream: a duplex <see cref="Stream"/> with per-stream flow control, half-close (<see cref="CloseWriteAsync"/>) and reset.</summary>
public sealed class YamuxStream : DuplexStream
{
    /// <summary>Data frames one write puts on the wire together (rust-yamux's frame size is kept per frame).</summary>
    private const int FramesPerWrite = 4;
    private readonly YamuxSession _session;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Queue<ArraySegment<byte>> _received = new();
    private int _headOffset;
    private long _buffered;
    private long _receiveWindow;
    private long _consumedUncredited;
    private long _windowTarget;
    private long _lastCredit;
    private long _sendWindow;
    private bool _remoteFin;
    private bool _localFin;
    private bool _awaitingAck;
    private Exception? _reset;
    private bool _disposed;
    private TaskCompletionSource? _readSignal;
    private TaskCompletionSource? _writeSignal;

    internal YamuxStream(YamuxSession session, uint id, bool outbound)
    {
        _session = session;
        Id = id;
        IsOutbound = outbound;
        _awaitingAck = outbound;
        _receiveWindow = session.Options.ReceiveWindow;
        _windowTarget = session.Options.ReceiveWindow;
        _sendWindow = YamuxOptions.DefaultWindow;
    }

    /// <summary>The yamux stream id (odd when opened by the dialer).</summary>
    public uint Id { get; }

    /// <summary>True when this side opened the stream.</summary>
    public bool IsOutbound { get; }

    /// <summary>True once the stream was reset (by either side) or its session ended.</summary>
    public bool IsReset { get { lock (_lock) return _reset is not null; } }

    /// <summary>Bytes the remote may still send before it must wait for a window update.</summary>
    public long ReceiveWindow { get { lock (_lock) return _receiveWindow; } }

    /// <summary>Bytes this side may still send before it must wait for the remote's window update.</summary>
    public long SendWindow { get { lock (_lock) return _sendWindow; } }

    internal bool IsFinished { get { lock (_lock) return _reset is not null || (_localFin && _remoteFin); } }

    /// <inheritdoc />
    public override void Flush() { }
    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Reads buffered data; returns 0 after the remote's FIN, throws <see cref="YamuxException"/> after a reset. Consumed bytes are credited back to the remote.</summary>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty) return 0;
        while (true)
        {
            Task wait;
            uint credit = 0;
            int copied = 0;
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_buffered > 0)
                {
                    Span<byte> destination = buffer.Span;
                    while (copied < destination.Length && _received.Count > 0)
                    {
                        ArraySegment<byte> head = _received.Peek();
                        int n = Math.Min(head.Count - _headOffset, destination.Length - copied);
                        head.AsSpan(_headOffset, n).CopyTo(destination[copied..]);
                        copied += n;
                        _headOffset += n;
                        if (_headOffset == head.Count)
                        {
                            _received.Dequeue();
                            _headOffset = 0;
                            ArrayPool<byte>.Shared.Return(head.Array!);
                        }
                    }
                    _buffered -= copied;
                    _consumedUncredited += copied;
                    // Credit in batches of half a window, like rust-yamux, so small reads don't cause a frame each.
                    if (!_remoteFin && _reset is null && _consumedUncredited >= _windowTarget / 2)
                    {
                        credit = (uint)(_consumedUncredited + AutoTuneGrowth());
                        _receiveWindow += credit;
                        _consumedUncredited = 0;
                    }
                }
                else if (_remoteFin) return 0;
                else if (_reset is not null) throw new YamuxException(_reset.Message, _reset);
                if (copied == 0)
                {
                    _readSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = _readSignal.Task;
                }
                else wait = Task.CompletedTask;
            }
            if (copied > 0)
            {
                if (credit > 0)
                {
                    try { await _session.SendFrameAsync(new YamuxHeader(YamuxFrameType.WindowUpdate, YamuxFlags.None, Id, credit), default, CancellationToken.None).ConfigureAwait(false); }
                    catch (YamuxException) { /* the session ended; the data already read is still valid */ }
                }
                return copied;
            }
            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Window auto-tuning as rust-yamux 0.13 and js-yamux do: when the application consumed half a window within
    /// <see cref="YamuxOptions.AutoTuneInterval"/>, the window (not the reader) limits the stream, so it doubles, up to
    /// <see cref="YamuxOptions.MaxReceiveWindow"/>. Called under the lock; returns the extra credit to grant.
    /// </summary>
    private long AutoTuneGrowth()
    {
        long now = Stopwatch.GetTimestamp();
        long growth = 0;
        YamuxOptions options = _session.Options;
        // The first credit only starts the clock: the time to consume a window is measured between two credits.
        if (_lastCredit != 0 && _windowTarget < options.MaxReceiveWindow && Stopwatch.GetElapsedTime(_lastCredit, now) < options.AutoTuneInterval)
        {
            growth = Math.Min(_windowTarget, options.MaxReceiveWindow - _windowTarget);
            _windowTarget += growth;
        }
        _lastCredit = now;
        return growth;
    }

    /// <summary>Sends <paramref name="buffer"/> as Data frames, waiting whenever the remote's window is exhausted.</summary>
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (!buffer.IsEmpty)
            {
                Task wait;
                int chunk = 0;
                lock (_lock)
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    if (_reset is not null) throw new YamuxException(_reset.Message, _reset);
                    if (_localFin) throw new YamuxException($"yamux stream {Id} is closed for writing");
                    if (_sendWindow > 0)
                    {
                        chunk = (int)Math.Min(Math.Min(buffer.Length, _sendWindow), (long)_session.Options.MaxSendFrameData * FramesPerWrite);
                        _sendWindow -= chunk;
                        wait = Task.CompletedTask;
                    }
                    else
                    {
                        _writeSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        wait = _writeSignal.Task;
                    }
                }
                if (chunk == 0)
                {
                    await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                try
                {
                    await _session.SendDataAsync(Id, buffer[..chunk], cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Cancelled while waiting for the connection's writer: the chunk never went out, so its credit is still ours.
                    lock (_lock) _sendWindow += chunk;
                    throw;
                }
                buffer = buffer[chunk..];
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Half-closes: sends FIN as its own empty Data frame; reading continues until the remote's FIN.</summary>
    public async ValueTask CloseWriteAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_lock)
            {
                if (_reset is not null) throw new YamuxException(_reset.Message, _reset);
                if (_localFin) return;
                _localFin = true;
            }
            await _session.SendFrameAsync(new YamuxHeader(YamuxFrameType.Data, YamuxFlags.Fin, Id, 0), default, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
        if (IsFinished) _session.RemoveStream(this);
    }

    /// <summary>Aborts the stream in both directions with RST; pending reads and writes fail.</summary>
    public async ValueTask ResetAsync()
    {
        if (!OnReset(new YamuxException($"yamux stream {Id} was reset locally"))) return;
        _session.RemoveStream(this);
        try { await _session.SendFrameAsync(new YamuxHeader(YamuxFrameType.Data, YamuxFlags.Rst, Id, 0), default, CancellationToken.None).ConfigureAwait(false); }
        catch (YamuxException) { /* the session is gone, so is the stream */ }
    }

    /// <summary>Closes the stream: FIN if only our direction is still open, RST if the remote could still send, nothing if both sides are done.</summary>
    public override async ValueTask DisposeAsync()
    {
        bool sendFin, sendRst;
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            sendFin = _reset is null && _remoteFin && !_localFin;
            sendRst = _reset is null && !_remoteFin;
            _localFin = true;
            if (sendRst) _reset = new ObjectDisposedException(nameof(YamuxStream));
        }
        _session.RemoveStream(this);
        if (!sendFin && !sendRst) return;
        try { await _session.SendFrameAsync(new YamuxHeader(YamuxFrameType.Data, sendFin ? YamuxFlags.Fin : YamuxFlags.Rst, Id, 0), default, CancellationToken.None).ConfigureAwait(false); }
        catch (YamuxException) { /* the session is gone, so is the stream */ }
        finally { Wake(); }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose(disposing);
    }

    /// <summary>
    /// Takes the payload of a Data frame, an <see cref="ArrayPool{T}.Shared"/> array the stream returns once read; false
    /// (and the array stays the caller's) when the stream can no longer receive (remote FIN or reset).
    /// </summary>
    internal bool OnData(byte[] payload, int length)
    {
        lock (_lock)
        {
            if (_remoteFin || _reset is not null) return false;
            _receiveWindow -= length;
            if (_disposed)
            {
                // Nobody reads any more: drop it, the RST is on its way.
                ArrayPool<byte>.Shared.Return(payload);
                return true;
            }
            _received.Enqueue(new ArraySegment<byte>(payload, 0, length));
            _buffered += length;
        }
        WakeReader();
        return true;
    }

    internal void OnWindowUpdate(uint delta)
    {
        lock (_lock) _sendWindow += delta;
        WakeWriter();
    }

    /// <summary>Records the remote's ACK; true the first time (which frees an ACK backlog slot).</summary>
    internal bool OnAck() => TakeAckSlot();

    internal bool TakeAckSlot()
    {
        lock (_lock)
        {
            if (!_awaitingAck) return false;
            _awaitingAck = false;
            return true;
        }
    }

    internal void OnRemoteFin()
    {
        lock (_lock) _remoteFin = true;
        WakeReader();
    }

    /// <summary>Marks the stream reset; false if it already was.</summary>
    internal bool OnReset(Exception reason)
    {
        lock (_lock)
        {
            if (_reset is not null) return false;
            _reset = reason;
        }
        Wake();
        return true;
    }

    internal void OnSessionEnded(Exception reason)
    {
        lock (_lock)
        {
            // A cleanly finished inbound direction stays readable to its end.
            _reset ??= reason;
        }
        Wake();
    }

    private void Wake()
    {
        WakeReader();
        WakeWriter();
    }

    private void WakeReader()
    {
        TaskCompletionSource? signal;
        lock (_lock) { signal = _readSignal; _readSignal = null; }
        signal?.TrySetResult();
    }

    private void WakeWriter()
    {
        TaskCompletionSource? signal;
        lock (_lock) { signal = _writeSignal; _writeSignal = null; }
        signal?.TrySetResult();
    }
}
