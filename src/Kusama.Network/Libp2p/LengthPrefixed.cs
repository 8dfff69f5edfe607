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
        ArgumentNullException.ThrowIfNull(stream);
        byte[] prefix = new byte[UnsignedVarint.MaxLength];
        int length = 0;
        ulong payloadLength;
        while (true)
        {
            int read = await stream.ReadAsync(prefix.AsMemory(length, 1), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (length == 0) return null;
                throw new Libp2pProtocolException("the stream ended inside a length prefix");
            }
            length++;
            VarintStatus status = UnsignedVarint.TryRead(prefix.AsSpan(0, length), out payloadLength, out _);
            if (status == VarintStatus.Done) break;
            // Stop reading a prefix as soon as it can only describe more than the limit.
            if (status == VarintStatus.Invalid || length >= UnsignedVarint.Size((ulong)maxLength) + 1)
                throw new Libp2pProtocolException($"invalid length prefix, or a frame over the limit of {maxLength} bytes");
        }
        if (payloadLength > (ulong)maxLength)
            throw new Libp2pProtocolException($"a frame of {payloadLength} bytes exceeds the limit of {maxLength} bytes");
        byte[] payload = new byte[(int)payloadLength];
        try
        {
            await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException e)
        {
            throw new Libp2pProtocolException($"the stream ended inside a frame of {payloadLength} bytes", e);
        }
        return payload;
    }
}
