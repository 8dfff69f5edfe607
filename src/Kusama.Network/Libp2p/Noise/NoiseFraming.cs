using System.Buffers.Binary;

namespace Kusama.Network.Libp2p.Noise;

/// <summary>The u16 big-endian length prefix every libp2p Noise message (handshake and transport) carries.</summary>
internal static class NoiseFraming
{
    /// <summary>The largest message a u16 prefix can announce.</summary>
    public const int MaxMessageLength = ushort.MaxValue;

    /// <summary>Writes <c>u16be(len) || message</c> in one write.</summary>
    public static async ValueTask WriteFrameAsync(Stream stream, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        if (message.Length > MaxMessageLength) throw new InvalidOperationException($"Noise message of {message.Length} bytes exceeds {MaxMessageLength}.");
        var frame = new byte[2 + message.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)message.Length);
        message.CopyTo(frame.AsMemory(2));
        await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads one framed message into <paramref name="buffer"/> (at least 65535 bytes) and returns its length, or -1 on a
    /// clean end of stream before the prefix.
    /// </summary>
    public static async ValueTask<int> ReadFrameAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        int got = await ReadAtLeastAsync(stream, buffer.AsMemory(0, 2), cancellationToken).ConfigureAwait(false);
        if (got == 0) return -1;
        if (got < 2) throw new NoiseProtocolException("Connection closed inside a Noise length prefix.");
        int length = BinaryPrimitives.ReadUInt16BigEndian(buffer);
        got = await ReadAtLeastAsync(stream, buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        if (got < length) throw new NoiseProtocolException($"Connection closed after {got} of {length} bytes of a Noise message.");
        return length;
    }

    private static async ValueTask<int> ReadAtLeastAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            total += read;
        }

        return total;
    }
}
