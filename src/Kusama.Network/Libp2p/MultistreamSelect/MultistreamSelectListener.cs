namespace Kusama.Network.Libp2p.MultistreamSelect;

/// <summary>The listener side of multistream-select 1.0: answers proposals until one is supported.</summary>
public static class MultistreamSelectListener
{
    /// <summary>How many refused proposals or <c>ls</c> requests a dialer gets before the negotiation is abandoned.</summary>
    public const int MaxAttempts = 100;

    /// <summary>
    /// Sends the header, reads the dialer's, then answers proposals (echo when supported, <c>na</c> otherwise, the list
    /// for <c>ls</c>) and returns the selected protocol. Bytes the dialer pipelined after its proposal are left unread in
    /// <paramref name="stream"/> for the protocol.
    /// </summary>
    public static async ValueTask<string> AcceptAsync(Stream stream, IReadOnlyCollection<string> supported, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(supported);
        await stream.WriteAsync(MultistreamMessage.Encode(MultistreamMessage.Header), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await MultistreamMessage.ReadHeaderAsync(stream, cancellationToken).ConfigureAwait(false);
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            string request = await MultistreamMessage.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            byte[] reply;
            bool selected = false;
            if (request == MultistreamMessage.ListProtocols)
            {
                reply = MultistreamMessage.EncodeProtocolList(supported);
            }
            else if (!MultistreamMessage.IsProtocolName(request))
            {
                throw new MultistreamSelectException($"dialer sent '{request}', which is not a protocol name");
            }
            else if (supported.Contains(request))
            {
                reply = MultistreamMessage.Encode(request);
                selected = true;
            }
            else
            {
                reply = MultistreamMessage.Encode(MultistreamMessage.NotAvailable);
            }
            await stream.WriteAsync(reply, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (selected) return request;
        }
        throw new MultistreamSelectException($"dialer made more than {MaxAttempts} proposals");
    }
}
