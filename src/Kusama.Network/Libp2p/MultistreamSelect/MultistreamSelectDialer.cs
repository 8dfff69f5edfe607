namespace Kusama.Network.Libp2p.MultistreamSelect;

/// <summary>The dialer side of multistream-select 1.0: proposes protocols in order until the listener echoes one.</summary>
public static class MultistreamSelectDialer
{
    /// <summary>
    /// Negotiates one of <paramref name="protocols"/> (tried in order) and returns it, or null when the listener answered
    /// <c>na</c> to all of them. The header and first proposal go out in one write. On return the stream is positioned at
    /// the first byte of the selected protocol.
    /// </summary>
    public static async ValueTask<string?> SelectAsync(Stream stream, IReadOnlyList<string> protocols, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ValidateProposals(protocols);
        if (protocols.Count == 0) throw new ArgumentException("at least one protocol must be proposed", nameof(protocols));

        await stream.WriteAsync(MultistreamMessage.Encode(MultistreamMessage.Header, protocols[0]), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await MultistreamMessage.ReadHeaderAsync(stream, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < protocols.Count; i++)
        {
            if (i > 0)
            {
                await stream.WriteAsync(MultistreamMessage.Encode(protocols[i]), cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            string reply = await MultistreamMessage.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            if (reply == protocols[i]) return protocols[i];
            if (reply != MultistreamMessage.NotAvailable)
                throw new MultistreamSelectException($"listener answered '{reply}' to the proposal '{protocols[i]}'");
        }
        return null;
    }

    /// <summary>
    /// V1Lazy: writes the header and the single proposal and returns at once, treating <paramref name="protocol"/> as
    /// selected so the caller can send its first bytes in the same round trip. The listener's header and echo are
    /// checked on the first read of the returned stream; a refusal surfaces there as <see cref="MultistreamSelectException"/>.
    /// </summary>
    public static async ValueTask<Stream> SelectLazyAsync(Stream stream, string protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ValidateProposals([protocol]);
        await stream.WriteAsync(MultistreamMessage.Encode(MultistreamMessage.Header, protocol), cancellationToken).ConfigureAwait(false);
        return new LazyNegotiatedStream(stream, protocol);
    }

    /// <summary>Asks the listener for its protocols with <c>ls</c>.</summary>
    public static async ValueTask<IReadOnlyList<string>> ListProtocolsAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(MultistreamMessage.Encode(MultistreamMessage.Header, MultistreamMessage.ListProtocols), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await MultistreamMessage.ReadHeaderAsync(stream, cancellationToken).ConfigureAwait(false);
        byte[] body = await MultistreamMessage.ReadBodyAsync(stream, cancellationToken).ConfigureAwait(false);
        return MultistreamMessage.DecodeProtocolList(body);
    }

    private static void ValidateProposals(IReadOnlyList<string> protocols)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        foreach (string protocol in protocols)
        {
            ArgumentNullException.ThrowIfNull(protocol, nameof(protocols));
            if (!MultistreamMessage.IsProtocolName(protocol))
                throw new ArgumentException($"'{protocol}' is not a protocol name (must start with '/', no newline)", nameof(protocols));
        }
    }
}
