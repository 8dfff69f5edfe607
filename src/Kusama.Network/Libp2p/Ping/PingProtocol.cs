using System.Diagnostics;
using System.Security.Cryptography;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Libp2p.Ping;

/// <summary>libp2p ping (<c>/ipfs/ping/1.0.0</c>): 32 random bytes, echoed back by the remote, repeated on one substream.</summary>
public static class PingProtocol
{
    /// <summary>The protocol id.</summary>
    public const string ProtocolId = "/ipfs/ping/1.0.0";

    /// <summary>The size of a ping payload.</summary>
    public const int PayloadSize = 32;

    /// <summary>The default ping timeout (rust-libp2p's 20 s).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Sends one ping on <paramref name="stream"/> and returns the round-trip time once the echo matches.</summary>
    /// <exception cref="Libp2pProtocolException">The echo differs from what was sent, or the stream ended.</exception>
    public static async ValueTask<TimeSpan> PingAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] payload = new byte[PayloadSize];
        RandomNumberGenerator.Fill(payload);
        byte[] echo = new byte[PayloadSize];
        long started = Stopwatch.GetTimestamp();
        await stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await stream.ReadExactlyAsync(echo, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException e)
        {
            throw new Libp2pProtocolException("ping stream closed before the echo arrived", e);
        }
        TimeSpan rtt = Stopwatch.GetElapsedTime(started);
        if (!payload.AsSpan().SequenceEqual(echo)) throw new Libp2pProtocolException("ping echo does not match the payload sent");
        return rtt;
    }

    /// <summary>Opens a ping substream on <paramref name="connection"/>, pings once within <see cref="Timeout"/>, and returns the RTT.</summary>
    public static async ValueTask<TimeSpan> PingAsync(Libp2pConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        await using NegotiatedSubstream substream = await connection.OpenStreamAsync(ProtocolId, timeout.Token).ConfigureAwait(false);
        try
        {
            return await PingAsync(substream.Stream, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Libp2pProtocolException($"ping to {connection.RemotePeerId} timed out after {Timeout.TotalSeconds} s", e);
        }
    }

    /// <summary>Echoes every 32-byte payload until the remote closes the stream; a trailing partial payload is an error.</summary>
    public static async Task RespondAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = new byte[PayloadSize];
        while (true)
        {
            int filled = await stream.ReadAtLeastAsync(buffer, PayloadSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (filled == 0) return;
            if (filled < PayloadSize) throw new Libp2pProtocolException($"ping stream closed after a partial payload of {filled} bytes");
            await stream.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The inbound handler to register under <see cref="ProtocolId"/>.</summary>
    public static Task HandleAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken) =>
        RespondAsync(substream.Stream, cancellationToken);
}
