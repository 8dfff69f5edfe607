using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Protocols;

namespace Kusama.Network.Notifications;

/// <summary>
/// The handshake of a notification substream (networking.md §9.1): the opener writes its handshake and waits for the
/// remote's; the acceptor reads the opener's and accepts by writing its own, or refuses by closing without writing.
/// </summary>
public static class NotificationHandshake
{
    /// <summary>
    /// Opens <paramref name="protocol"/> to the peer of <paramref name="connection"/>, sends <paramref name="handshake"/> and
    /// returns the substream with the remote's handshake; null when the remote refused (closed without a handshake).
    /// </summary>
    /// <exception cref="Libp2pProtocolException">The remote lacks the protocol, broke the framing or timed out.</exception>
    public static async Task<(NegotiatedSubstream Substream, byte[] RemoteHandshake)?> OpenAsync(
        Libp2pConnection connection, NotificationProtocol protocol, byte[] handshake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(protocol);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NotificationProtocol.HandshakeTimeout);
        NegotiatedSubstream substream = await connection.OpenStreamAsync(protocol.AllNames, timeout.Token).ConfigureAwait(false);
        try
        {
            await LengthPrefixed.WriteAsync(substream.Stream, handshake, timeout.Token).ConfigureAwait(false);
            byte[]? remote = await LengthPrefixed.ReadAsync(substream.Stream, ProtocolLimits.MaxHandshakeSize, timeout.Token).ConfigureAwait(false);
            if (remote is null)
            {
                await substream.DisposeAsync().ConfigureAwait(false);
                return null;
            }
            return (substream, remote);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await substream.DisposeAsync().ConfigureAwait(false);
            throw new Libp2pProtocolException($"{connection.RemotePeerId} did not answer the {substream.Protocol} handshake within {NotificationProtocol.HandshakeTimeout.TotalSeconds} s");
        }
        catch
        {
            await substream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads the opener's handshake on an inbound substream (at most 1,024 bytes, within the handshake timeout).</summary>
    /// <exception cref="Libp2pProtocolException">No handshake came, it is too large, or it came too late.</exception>
    public static async Task<byte[]> ReadInboundAsync(NegotiatedSubstream substream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(substream);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NotificationProtocol.HandshakeTimeout);
        try
        {
            return await LengthPrefixed.ReadAsync(substream.Stream, ProtocolLimits.MaxHandshakeSize, timeout.Token).ConfigureAwait(false)
                ?? throw new Libp2pProtocolException($"the {substream.Protocol} substream closed before its handshake");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Libp2pProtocolException($"no {substream.Protocol} handshake within {NotificationProtocol.HandshakeTimeout.TotalSeconds} s");
        }
    }
}
