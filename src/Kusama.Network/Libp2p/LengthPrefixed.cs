using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Libp2p;

/// <summary>
/// <c>uvarint(len) || payload</c> frames on a stream: the framing of notifications, request-response, Kademlia and identify.
/// Lengths are checked against the caller's limit before anything is allocated.
/// </summary>
public static class LengthPrefixed
{
    /// <summary>Writes one frame in a single write.</summary>
    public static async ValueTask WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] frame = new byte[UnsignedVarint.Size((ulong)payload.Length) + payload.Length];
        int prefix = UnsignedVarint.Write((ulong)payload.Length, frame);
        payload.Span.CopyTo(frame.AsSpan(prefix));
        await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads one frame of at most <paramref name="maxLength"/> bytes; null when the stream ends cleanly before the frame's
    /// first byte (the remote closed, or refused a request).
    /// </summary>
    /// <exception cref="Libp2pProtocolException">The prefix is invalid, announces more than the limit, or the stream ends mid-frame.</exception>
    public static async ValueTask<byte[]?> ReadAsync(Stream stream, int maxLength, CancellationToken cancellationToken = default)
    {
        ulong? length = await ReadLengthAsync(stream, cancellationToken).ConfigureAwait(false);
        if (length is null) return null;
        if (length.Value > (ulong)maxLength)
            throw new Libp2pProtocolException($"a frame of {length.Value} bytes exceeds the limit of {maxLength} bytes");
        return await ReadPayloadAsync(stream, (int)length.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a length prefix one byte at a time, so nothing after it is consumed; null when the stream ends before its first
    /// byte. The caller checks the length against its limit before reading the payload.
    /// </summary>
    /// <exception cref="Libp2pProtocolException">The prefix is not a valid unsigned varint, or the stream ends inside it.</exception>
    public static async ValueTask<ulong?> ReadLengthAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] prefix = new byte[UnsignedVarint.MaxLength];
        int length = 0;
        while (true)
        {
            int read = await stream.ReadAsync(prefix.AsMemory(length, 1), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (length == 0) return null;
                throw new Libp2pProtocolException("the stream ended inside a length prefix");
            }
            length++;
            switch (UnsignedVarint.TryRead(prefix.AsSpan(0, length), out ulong value, out _))
            {
                case VarintStatus.Done:
                    return value;
                case VarintStatus.Invalid:
                    throw new Libp2pProtocolException("the length prefix is not a valid unsigned varint");
            }
        }
    }

    /// <summary>Reads the <paramref name="length"/> payload bytes announced by a prefix (already checked against the limit).</summary>
    /// <exception cref="Libp2pProtocolException">The stream ended early.</exception>
    public static async ValueTask<byte[]> ReadPayloadAsync(Stream stream, int length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] payload = new byte[length];
        try
        {
            await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException e)
        {
            throw new Libp2pProtocolException($"the stream ended inside a frame of {length} bytes", e);
        }
        return payload;
    }
}
