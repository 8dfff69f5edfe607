using System.Buffers;
using System.Diagnostics;

namespace Kusama.Network.Libp2p.Yamux;

public sealed partial class YamuxSession
{
    private async Task ReadLoopAsync()
    {
        byte[] headerBuffer = new byte[YamuxHeader.Size];
        CancellationToken token = _shutdown.Token;
        try
        {
            while (true)
            {
                int first = await _transport.ReadAsync(headerBuffer.AsMemory(0, YamuxHeader.Size), token).ConfigureAwait(false);
                if (first == 0)
                {
                    Terminate(new YamuxException("yamux transport closed by the remote"));
                    return;
                }
                if (first < YamuxHeader.Size) await _transport.ReadExactlyAsync(headerBuffer.AsMemory(first, YamuxHeader.Size - first), token).ConfigureAwait(false);
                YamuxHeader header = YamuxHeader.Read(headerBuffer);
                switch (header.Type)
                {
                    case YamuxFrameType.Data:
                    case YamuxFrameType.WindowUpdate:
                        await OnStreamFrameAsync(header, token).ConfigureAwait(false);
                        break;
                    case YamuxFrameType.Ping:
                        OnPing(header);
                        break;
                    case YamuxFrameType.GoAway:
                        RemoteGoAway = (YamuxGoAwayCode)header.Length;
                        Terminate(new YamuxException($"remote sent yamux GoAway ({RemoteGoAway})"));
                        return;
                }
            }
        }
        catch (YamuxException e) when (Termination is null)
        {
            // A protocol violation by the remote: tell it why, then drop the connection.
            await TrySendGoAwayAsync(YamuxGoAwayCode.ProtocolError).ConfigureAwait(false);
            Terminate(e);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            Terminate(e is EndOfStreamException ? new YamuxException("yamux transport closed mid-frame", e) : e);
        }
    }

    private void OnPing(YamuxHeader header)
    {
        if (header.StreamId != 0) throw new YamuxException($"yamux Ping on stream {header.StreamId}");
        if ((header.Flags & YamuxFlags.Syn) != 0)
        {
            SendControlInBackground(new YamuxHeader(YamuxFrameType.Ping, YamuxFlags.Ack, 0, header.Length));
        }
        else if ((header.Flags & YamuxFlags.Ack) != 0)
        {
            long now = Stopwatch.GetTimestamp();
            TaskCompletionSource<long>? pong;
            lock (_lock) _pings.Remove(header.Length, out pong);
            pong?.TrySetResult(now);
        }
    }

    private async ValueTask OnStreamFrameAsync(YamuxHeader header, CancellationToken token)
    {
        uint id = header.StreamId;
        YamuxFlags flags = header.Flags;
        bool isData = header.Type == YamuxFrameType.Data;
        if (id == 0) throw new YamuxException($"yamux {header.Type} frame on stream 0");
        if (isData && header.Length > Options.MaxFrameData) throw new YamuxException($"yamux Data frame of {header.Length} bytes exceeds the {Options.MaxFrameData}-byte limit");

        YamuxStream? stream;
        bool isNewInbound = false;
        bool refuse = false;
        lock (_lock)
        {
            _streams.TryGetValue(id, out stream);
            if ((flags & YamuxFlags.Syn) != 0)
            {
                if ((id & 1) == (IsClient ? 1u : 0u)) throw new YamuxException($"yamux SYN for stream {id}, an id of our own parity");
                if (stream is not null) throw new YamuxException($"yamux SYN for stream {id}, which is already open");
                if (_streams.Count >= Options.MaxStreams || Volatile.Read(ref _pendingInbound) >= Options.MaxPendingInbound)
                {
                    refuse = true;
                }
                else
                {
                    stream = new YamuxStream(this, id, outbound: false);
                    _streams.Add(id, stream);
                    isNewInbound = true;
                }
            }
        }

        if (stream is null)
        {
            // Unknown (or refused) stream: skip its payload without buffering it, and reset it unless it is already being reset.
            if (isData) await SkipAsync(header.Length, token).ConfigureAwait(false);
            if ((flags & YamuxFlags.Rst) == 0 && (refuse || (flags & YamuxFlags.Fin) == 0 || header.Length != 0))
                SendControlInBackground(new YamuxHeader(YamuxFrameType.Data, YamuxFlags.Rst, id, 0));
            return;
        }

        if ((flags & YamuxFlags.Ack) != 0 && stream.OnAck()) ReleaseAckSlot();

        if (isData && header.Length > 0)
        {
            if (header.Length > stream.ReceiveWindow)
                throw new YamuxException($"yamux stream {id} sent {header.Length} bytes with only {stream.ReceiveWindow} bytes of window");
            int length = (int)header.Length;
            byte[] payload = ArrayPool<byte>.Shared.Rent(length);
            await _transport.ReadExactlyAsync(payload.AsMemory(0, length), token).ConfigureAwait(false);
            if (!stream.OnData(payload, length))
            {
                ArrayPool<byte>.Shared.Return(payload);
                // Data after the remote's FIN or after a reset: the stream is unusable, make the remote drop it too.
                if (!stream.IsReset) SendControlInBackground(new YamuxHeader(YamuxFrameType.Data, YamuxFlags.Rst, id, 0));
                stream.OnReset(new YamuxException($"yamux stream {id} received data after it was closed"));
                RemoveStream(stream);
                return;
            }
        }
        else if (!isData && header.Length > 0)
        {
            stream.OnWindowUpdate(header.Length);
        }

        if ((flags & YamuxFlags.Fin) != 0) stream.OnRemoteFin();
        if ((flags & YamuxFlags.Rst) != 0) stream.OnReset(new YamuxException($"yamux stream {id} was reset by the remote"));

        if (isNewInbound)
        {
            Interlocked.Increment(ref _pendingInbound);
            _inbound.Writer.TryWrite(stream);
        }
        if (stream.IsFinished) RemoveStream(stream);
    }

    private async ValueTask SkipAsync(uint length, CancellationToken token)
    {
        byte[] scratch = new byte[Math.Min(length, 16 * 1024)];
        while (length > 0)
        {
            int chunk = (int)Math.Min(length, (uint)scratch.Length);
            await _transport.ReadExactlyAsync(scratch.AsMemory(0, chunk), token).ConfigureAwait(false);
            length -= (uint)chunk;
        }
    }
}
