using Kusama.Network.Libp2p;

namespace Kusama.Network.RequestResponses;

/// <summary>The <c>uvarint(len) || payload</c> framing of request-response substreams (sc-network <c>GenericCodec</c>).</summary>
internal static class RequestFraming
{
    /// <summary>Reads a length prefix one byte at a time (nothing past it is consumed); null when the stream ends before its first byte.</summary>
    /// <exception cref="InvalidDataException">The prefix is malformed or the stream ends inside it.</exception>
    public static async ValueTask<ulong?> ReadLengthAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] prefix = new byte[UnsignedVarint.MaxLength];
        int count = 0;
        while (true)
        {
            int read = await stream.ReadAsync(prefix.AsMemory(count, 1), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (count == 0) return null;
                throw new InvalidDataException("the substream ended inside a length prefix");
            }
            count++;
            switch (UnsignedVarint.TryRead(prefix.AsSpan(0, count), out ulong length, out _))
            {
                case VarintStatus.Done:
                    return length;
                case VarintStatus.Invalid:
                    throw new InvalidDataException("the length prefix is not a valid unsigned varint");
            }
        }
    }

    /// <summary>Reads exactly <paramref name="length"/> bytes (already checked against the limit).</summary>
    /// <exception cref="InvalidDataException">The stream ended early.</exception>
    public static async ValueTask<byte[]> ReadPayloadAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var payload = new byte[length];
        int offset = 0;
        while (offset < length)
        {
            int read = await stream.ReadAsync(payload.AsMemory(offset), cancellationToken).ConfigureAwait(false);
            if (read == 0) throw new InvalidDataException($"the substream ended after {offset} of {length} announced bytes");
            offset += read;
        }
        return payload;
    }

    /// <summary>Writes <c>uvarint(len) || payload</c> in one write.</summary>
    public static async ValueTask WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        int prefixLength = UnsignedVarint.Size((ulong)payload.Length);
        var frame = new byte[prefixLength + payload.Length];
        UnsignedVarint.Write((ulong)payload.Length, frame);
        payload.Span.CopyTo(frame.AsSpan(prefixLength));
        await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
