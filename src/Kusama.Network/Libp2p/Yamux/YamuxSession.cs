using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;

namespace Kusama.Network.Libp2p.Yamux;

/// <summary>A yamux 1.0 multiplexed connection over one transport stream: the dialer (client) opens odd stream ids, the listener even ones.</summary>
public sealed partial class YamuxSession : IAsyncDisposable
{
    private readonly Stream _transport;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _ackBacklog;
    private readonly Dictionary<uint, YamuxStream> _streams = [];
    private readonly Dictionary<uint, TaskCompletionSource<long>> _pings = [];
    private readonly Channel<YamuxStream> _inbound = Channel.CreateUnbounded<YamuxStream>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Task _readLoop;
    private uint _nextStreamId;
    private uint _nextPingNonce;
    private int _pendingInbound;
    private int _goAwaySent;
    private int _pendingControlFrames;
    private const int MaxPendingControlFrames = 1024;
    private Exception? _termination;

    /// <summary>Starts a session on <paramref name="transport"/>; <paramref name="isClient"/> is true for the side that dialed the TCP connection.</summary>
    public YamuxSession(Stream transport, bool isClient, YamuxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
        IsClient = isClient;
        Options = options ?? new YamuxOptions();
        // The remote assumes the spec's 256 KiB at first; a larger window is granted as extra credit on SYN/ACK.
        if (Options.ReceiveWindow < YamuxOptions.DefaultWindow) throw new ArgumentException($"yamux receive window must be at least {YamuxOptions.DefaultWindow} bytes", nameof(options));
        if (Options.MaxFrameData < Options.ReceiveWindow) throw new ArgumentException("yamux MaxFrameData must not be below ReceiveWindow", nameof(options));
        _ackBacklog = new SemaphoreSlim(Options.MaxUnacknowledgedOutbound, Options.MaxUnacknowledgedOutbound);
        _nextStreamId = isClient ? 1u : 2u;
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>True for the TCP dialer (odd stream ids).</summary>
    public bool IsClient { get; }

    /// <summary>The limits in force.</summary>
    public YamuxOptions Options { get; }

    /// <summary>The code of the GoAway the remote sent, if any.</summary>
    public YamuxGoAwayCode? RemoteGoAway { get; private set; }

    /// <summary>Why the session ended, or null while it runs.</summary>
    public Exception? Termination => Volatile.Read(ref _termination);

    /// <summary>Completes when the session has ended (remote GoAway, transport closed, protocol violation or dispose).</summary>
    public Task Completion => _readLoop;

    /// <summary>Number of streams currently tracked (open in at least one direction).</summary>
    public int StreamCount { get { lock (_lock) return _streams.Count; } }

    /// <summary>Opens an outbound stream (WindowUpdate with SYN); waits while too many opened streams are unacknowledged.</summary>
    public async ValueTask<YamuxStream> OpenStreamAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfTerminated();
        await _ackBacklog.WaitAsync(cancellationToken).ConfigureAwait(false);
        YamuxStream stream;
        lock (_lock)
        {
            if (_termination is not null) { _ackBacklog.Release(); ThrowIfTerminated(); }
            if (_streams.Count >= Options.MaxStreams) { _ackBacklog.Release(); throw new YamuxException($"yamux stream limit {Options.MaxStreams} reached"); }
            if (_nextStreamId > uint.MaxValue - 2) { _ackBacklog.Release(); throw new YamuxException("yamux stream ids exhausted"); }
            uint id = _nextStreamId;
            _nextStreamId += 2;
            stream = new YamuxStream(this, id, outbound: true);
            _streams.Add(id, stream);
        }
        try
        {
            await SendFrameAsync(new YamuxHeader(YamuxFrameType.WindowUpdate, YamuxFlags.Syn, stream.Id, ExtraCredit), default, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            stream.OnReset(new YamuxException("opening the yamux stream failed"));
            RemoveStream(stream);
            throw;
        }
        return stream;
    }

    /// <summary>Waits for the next inbound stream and acknowledges it; throws <see cref="YamuxException"/> once the session has ended.</summary>
    public async ValueTask<YamuxStream> AcceptStreamAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            YamuxStream stream;
            try
            {
                stream = await _inbound.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException)
            {
                ThrowIfTerminated();
                throw new YamuxException("yamux session closed");
            }
            Interlocked.Decrement(ref _pendingInbound);
            if (stream.IsReset) continue;
            // The opener counts unacknowledged streams against its backlog, so acknowledge as soon as the stream is taken.
            await SendFrameAsync(new YamuxHeader(YamuxFrameType.WindowUpdate, YamuxFlags.Ack, stream.Id, ExtraCredit), default, cancellationToken).ConfigureAwait(false);
            return stream;
        }
    }

    /// <summary>Sends a Ping and returns the round-trip time once the remote's ACK arrives.</summary>
    public async ValueTask<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfTerminated();
        var pong = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        uint nonce;
        lock (_lock)
        {
            nonce = _nextPingNonce++;
            _pings[nonce] = pong;
        }
        try
        {
            long start = Stopwatch.GetTimestamp();
            await SendFrameAsync(new YamuxHeader(YamuxFrameType.Ping, YamuxFlags.Syn, 0, nonce), default, cancellationToken).ConfigureAwait(false);
            long end = await pong.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            return Stopwatch.GetElapsedTime(start, end);
        }
        finally
        {
            lock (_lock) _pings.Remove(nonce);
        }
    }

    /// <summary>Sends GoAway with <paramref name="code"/> (once) and ends the session.</summary>
    public async ValueTask GoAwayAsync(YamuxGoAwayCode code = YamuxGoAwayCode.Normal)
    {
        await TrySendGoAwayAsync(code).ConfigureAwait(false);
        Terminate(new YamuxException($"yamux session closed locally (GoAway {code})"));
        try { await _readLoop.ConfigureAwait(false); } catch { /* the read loop reports through Termination */ }
    }

    /// <summary>Sends GoAway(Normal) if the session is still running, then closes the transport.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Termination is null) await GoAwayAsync(YamuxGoAwayCode.Normal).ConfigureAwait(false);
        else try { await _readLoop.ConfigureAwait(false); } catch { /* reported through Termination */ }
        _shutdown.Dispose();
    }

    private uint ExtraCredit => Options.ReceiveWindow - YamuxOptions.DefaultWindow;

    internal void ThrowIfTerminated()
    {
        Exception? termination = Volatile.Read(ref _termination);
        if (termination is not null) throw new YamuxException("yamux session ended: " + termination.Message, termination);
    }

    internal async ValueTask SendFrameAsync(YamuxHeader header, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        ThrowIfTerminated();
        int size = YamuxHeader.Size + payload.Length;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            header.Write(buffer);
            payload.Span.CopyTo(buffer.AsSpan(YamuxHeader.Size));
            await WriteAsync(buffer.AsMemory(0, size), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Sends <paramref name="data"/> as consecutive Data frames of at most <see cref="YamuxOptions.MaxSendFrameData"/> bytes,
    /// all in one transport write, so a large write costs one encryption pass and one socket write rather than one per frame.
    /// </summary>
    internal async ValueTask SendDataAsync(uint streamId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ThrowIfTerminated();
        int max = Options.MaxSendFrameData;
        int frames = (data.Length + max - 1) / max;
        int size = data.Length + frames * YamuxHeader.Size;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            int offset = 0;
            ReadOnlySpan<byte> remaining = data.Span;
            while (!remaining.IsEmpty)
            {
                int chunk = Math.Min(remaining.Length, max);
                new YamuxHeader(YamuxFrameType.Data, YamuxFlags.None, streamId, (uint)chunk).Write(buffer.AsSpan(offset));
                remaining[..chunk].CopyTo(buffer.AsSpan(offset + YamuxHeader.Size));
                offset += YamuxHeader.Size + chunk;
                remaining = remaining[chunk..];
            }
            await WriteAsync(buffer.AsMemory(0, size), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> frames, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfTerminated();
            // Once bytes start going out the frames must be finished, so only session shutdown cancels the transport write.
            await _transport.WriteAsync(frames, _shutdown.Token).ConfigureAwait(false);
            await _transport.FlushAsync(_shutdown.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException && e is not YamuxException)
        {
            Terminate(e);
            throw new YamuxException("yamux transport write failed: " + e.Message, e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal void RemoveStream(YamuxStream stream)
    {
        bool released;
        lock (_lock)
        {
            if (!_streams.Remove(stream.Id)) return;
            released = stream.TakeAckSlot();
        }
        if (released) ReleaseAckSlot();
    }

    internal void ReleaseAckSlot()
    {
        try { _ackBacklog.Release(); } catch (SemaphoreFullException) { /* never more than the initial count */ }
    }

    /// <summary>Sends a reply frame from the read loop without waiting for it, so the read loop never stalls behind a blocked transport write.</summary>
    private void SendControlInBackground(YamuxHeader header)
    {
        if (Interlocked.Increment(ref _pendingControlFrames) > MaxPendingControlFrames)
        {
            Interlocked.Decrement(ref _pendingControlFrames);
            throw new YamuxException($"remote triggered more than {MaxPendingControlFrames} unsent yamux replies");
        }
        _ = SendControlAsync(header);
    }

    private async Task SendControlAsync(YamuxHeader header)
    {
        try { await SendFrameAsync(header, default, _shutdown.Token).ConfigureAwait(false); }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException) { /* the session has ended */ }
        finally { Interlocked.Decrement(ref _pendingControlFrames); }
    }

    private async ValueTask TrySendGoAwayAsync(YamuxGoAwayCode code)
    {
        if (Interlocked.Exchange(ref _goAwaySent, 1) != 0) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await SendFrameAsync(new YamuxHeader(YamuxFrameType.GoAway, YamuxFlags.None, 0, (uint)code), default, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // Best effort: the session is ending anyway.
        }
    }

    private void Terminate(Exception reason)
    {
        YamuxStream[] streams;
        TaskCompletionSource<long>[] pings;
        lock (_lock)
        {
            if (_termination is not null) return;
            Volatile.Write(ref _termination, reason);
            streams = [.. _streams.Values];
            pings = [.. _pings.Values];
        }
        _inbound.Writer.TryComplete();
        var error = new YamuxException("yamux session ended: " + reason.Message, reason);
        foreach (YamuxStream stream in streams) stream.OnSessionEnded(error);
        foreach (TaskCompletionSource<long> ping in pings) ping.TrySetException(error);
        try { _shutdown.Cancel(); } catch (ObjectDisposedException) { }
        try { _transport.Dispose(); } catch (Exception e) when (e is IOException or ObjectDisposedException) { }
    }
}
