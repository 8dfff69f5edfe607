using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Libp2p.Yamux;
using Kusama.Network.Protocols;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// The Kademlia wire protocol (<c>/&lt;genesis&gt;/kad</c>, legacy <c>/&lt;protocolId&gt;/kad</c>): each RPC is
/// <c>uvarint(len) ‖ Message</c>. Inbound, several requests are served on one substream until EOF and anything malformed
/// resets the substream; outbound, one FIND_NODE per substream.
/// </summary>
public sealed class KademliaProtocol
{
    /// <summary>How long one outbound request, or the wait for the next inbound request, may take (rust-libp2p's 10 s).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly string[] _protocolNames;

    /// <summary>A protocol answering from <paramref name="table"/> under <paramref name="protocolNames"/> (preferred first).</summary>
    public KademliaProtocol(IReadOnlyList<string> protocolNames, KBucketsTable table)
    {
        ArgumentNullException.ThrowIfNull(protocolNames);
        ArgumentNullException.ThrowIfNull(table);
        if (protocolNames.Count == 0) throw new ArgumentException("at least one protocol name is needed", nameof(protocolNames));
        _protocolNames = [.. protocolNames];
        Table = table;
    }

    /// <summary>The protocol names, preferred first.</summary>
    public IReadOnlyList<string> ProtocolNames => _protocolNames;

    /// <summary>The routing table requests are answered from.</summary>
    public KBucketsTable Table { get; }

    /// <summary>Registers <see cref="HandleAsync"/> under every protocol name.</summary>
    public void Register(ProtocolHandlers handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (string name in _protocolNames) handlers.Register(name, HandleAsync);
    }

    /// <summary>Removes the handlers <see cref="Register"/> added.</summary>
    public void Unregister(ProtocolHandlers handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (string name in _protocolNames) handlers.Unregister(name);
    }

    /// <summary>Serves requests on an inbound substream until the remote closes it (or stays idle for <see cref="RequestTimeout"/>).</summary>
    /// <exception cref="Libp2pProtocolException">The remote sent something malformed; the substream was reset.</exception>
    public async Task HandleAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(substream);
        try
        {
            while (true)
            {
                byte[]? request;
                using (CancellationTokenSource idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    idle.CancelAfter(RequestTimeout);
                    try
                    {
                        request = await ReadFrameAsync(substream.Stream, endAllowed: true, idle.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        // Idle or trickling: end the substream rather than hold it forever.
                        request = null;
                    }
                    catch (IOException)
                    {
                        // Openers commonly drop (reset) the substream once they have their answer: that ends it, no error.
                        return;
                    }
                }
                if (request is null) break;
                KademliaMessage? response = Answer(KademliaMessage.Decode(request), connection);
                if (response is not null) await WriteFrameAsync(substream.Stream, response, cancellationToken).ConfigureAwait(false);
            }
            await substream.CloseWriteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ProtocolDecodeException e)
        {
            if (substream.Stream is YamuxStream yamux) await yamux.ResetAsync().ConfigureAwait(false);
            throw new Libp2pProtocolException($"malformed kademlia request from {connection.RemotePeerId}: {e.Message}", e);
        }
    }

    /// <summary>Asks the peer of <paramref name="connection"/> for the peers closest to <paramref name="key"/> (FIND_NODE).</summary>
    /// <exception cref="Libp2pProtocolException">The remote refused, timed out after <see cref="RequestTimeout"/> or answered malformed.</exception>
    public async Task<IReadOnlyList<KademliaPeer>> FindNodeAsync(Libp2pConnection connection, byte[] key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(key);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            await using NegotiatedSubstream substream = await connection.OpenStreamAsync(_protocolNames, timeout.Token).ConfigureAwait(false);
            await WriteFrameAsync(substream.Stream, new KademliaMessage { Type = KademliaMessageType.FindNode, Key = key }, timeout.Token).ConfigureAwait(false);
            await substream.CloseWriteAsync(timeout.Token).ConfigureAwait(false);
            byte[] body = (await ReadFrameAsync(substream.Stream, endAllowed: false, timeout.Token).ConfigureAwait(false))!;
            KademliaMessage response = KademliaMessage.Decode(body);
            if (response.Type != KademliaMessageType.FindNode)
                throw new ProtocolDecodeException($"FIND_NODE answered with {response.Type}");
            return response.CloserPeers;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Libp2pProtocolException($"FIND_NODE to {connection.RemotePeerId} timed out after {RequestTimeout.TotalSeconds} s", e);
        }
        catch (Exception e) when (e is ProtocolDecodeException or IOException and not Libp2pProtocolException)
        {
            throw new Libp2pProtocolException($"FIND_NODE to {connection.RemotePeerId} failed: {e.Message}", e);
        }
    }

    private KademliaMessage? Answer(KademliaMessage request, Libp2pConnection connection)
    {
        switch (request.Type)
        {
            case KademliaMessageType.Ping:
                return new KademliaMessage { Type = KademliaMessageType.Ping };
            case KademliaMessageType.AddProvider:
                // Fire-and-forget in libp2p: no response, and we keep no provider records.
                return null;
            default:
                // FIND_NODE answers with the closest peers; a full node keeps no records or providers, so GET_VALUE,
                // PUT_VALUE and GET_PROVIDERS get the same closer peers and nothing else (no key, as rust-libp2p answers).
                var target = KademliaKey.FromPreimage(request.Key);
                IReadOnlyList<KademliaPeer> closer = Table.ClosestPeers(target, KBucketsTable.K, excluded: connection.RemotePeerId);
                var response = new KademliaMessage { Type = request.Type, CloserPeers = closer };
                // Long addresses could push 20 peers past the limit: answer with the closest ones that fit.
                for (int count = closer.Count - 1; response.Encode().Length > KademliaMessage.MaxMessageSize; count--)
                    response = new KademliaMessage { Type = request.Type, CloserPeers = closer.Take(count).ToArray() };
                return response;
        }
    }

    /// <summary>Writes <paramref name="message"/> with its length prefix.</summary>
    internal static ValueTask WriteFrameAsync(Stream stream, KademliaMessage message, CancellationToken cancellationToken)
    {
        byte[] body = message.Encode();
        if (body.Length > KademliaMessage.MaxMessageSize)
            throw new InvalidOperationException($"kademlia message of {body.Length} bytes exceeds {KademliaMessage.MaxMessageSize}");
        return LengthPrefixed.WriteAsync(stream, body, cancellationToken);
    }

    /// <summary>Reads one length-prefixed message body, refusing a length over the limit before allocating; null at a clean EOF when allowed.</summary>
    internal static async ValueTask<byte[]?> ReadFrameAsync(Stream stream, bool endAllowed, CancellationToken cancellationToken)
    {
        byte[]? body;
        try
        {
            body = await LengthPrefixed.ReadAsync(stream, KademliaMessage.MaxMessageSize, cancellationToken).ConfigureAwait(false);
        }
        catch (Libp2pProtocolException e)
        {
            throw new ProtocolDecodeException("kademlia: " + e.Message, e);
        }
        if (body is null && !endAllowed) throw new ProtocolDecodeException("kademlia substream ended before a message");
        return body;
    }
}
