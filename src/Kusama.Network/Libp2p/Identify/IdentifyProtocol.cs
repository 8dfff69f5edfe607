using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Libp2p.Identify;

/// <summary>libp2p identify (<c>/ipfs/id/1.0.0</c>): the responder writes one varint-prefixed Identify message and closes.</summary>
public static class IdentifyProtocol
{
    /// <summary>The protocol id.</summary>
    public const string ProtocolId = "/ipfs/id/1.0.0";

    /// <summary>The largest message accepted or sent (rust-libp2p's and litep2p's 4096).</summary>
    public const int MaxMessageSize = 4096;

    /// <summary>How long a request may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Writes <paramref name="message"/> with its length prefix.</summary>
    public static ValueTask WriteAsync(Stream stream, IdentifyMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        byte[] body = message.Encode();
        if (body.Length > MaxMessageSize) throw new InvalidOperationException($"identify message of {body.Length} bytes exceeds {MaxMessageSize}");
        return LengthPrefixed.WriteAsync(stream, body, cancellationToken);
    }

    /// <summary>Reads one length-prefixed message, refusing a length over <see cref="MaxMessageSize"/> before allocating.</summary>
    /// <exception cref="Libp2pProtocolException">The stream ended early or the message is malformed or too large.</exception>
    public static async ValueTask<IdentifyMessage> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        byte[] body = await LengthPrefixed.ReadAsync(stream, MaxMessageSize, cancellationToken).ConfigureAwait(false)
            ?? throw new Libp2pProtocolException("identify stream ended before the whole message arrived");
        return IdentifyMessage.Decode(body);
    }

    /// <summary>Asks the remote for its Identify message and checks that its public key is the connection's PeerId.</summary>
    /// <exception cref="Libp2pProtocolException">The remote refused, timed out, sent a malformed message or a foreign key.</exception>
    public static async ValueTask<IdentifyMessage> RequestAsync(Libp2pConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        IdentifyMessage message;
        try
        {
            await using NegotiatedSubstream substream = await connection.OpenStreamAsync(ProtocolId, timeout.Token).ConfigureAwait(false);
            // The opener sends nothing; closing our side tells the responder so.
            await substream.CloseWriteAsync(timeout.Token).ConfigureAwait(false);
            message = await ReadAsync(substream.Stream, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Libp2pProtocolException($"identify from {connection.RemotePeerId} timed out after {Timeout.TotalSeconds} s", e);
        }
        if (message.PublicKey is null)
            throw new Libp2pProtocolException($"identify from {connection.RemotePeerId} carries no public key");
        if (!connection.RemotePeerId.Matches(message.PublicKey))
            throw new Libp2pProtocolException($"identify from {connection.RemotePeerId} carries the key of {message.PublicKey.ToPeerId()}");
        return message;
    }

    /// <summary>Answers an inbound identify substream with <paramref name="message"/> and closes our side.</summary>
    public static async Task RespondAsync(NegotiatedSubstream substream, IdentifyMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(substream);
        await WriteAsync(substream.Stream, message, cancellationToken).ConfigureAwait(false);
        await substream.CloseWriteAsync(cancellationToken).ConfigureAwait(false);
        // Wait for the opener's FIN before the substream is dropped: dropping earlier resets it, and a reset can
        // overtake the message. The opener sends nothing, so anything beyond a little is hostile.
        using CancellationTokenSource linger = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        linger.CancelAfter(LingerTimeout);
        byte[] sink = new byte[64];
        try
        {
            int total = 0, read;
            while ((read = await substream.Stream.ReadAsync(sink, linger.Token).ConfigureAwait(false)) > 0)
                if ((total += read) > MaxMessageSize) throw new Libp2pProtocolException("identify opener keeps sending data");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The opener never closed; the message went out, so there is nothing more to do.
        }
    }

    /// <summary>How long the responder waits for the opener to close after the message was sent.</summary>
    public static readonly TimeSpan LingerTimeout = TimeSpan.FromSeconds(5);
}
