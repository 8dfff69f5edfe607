using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Libp2p.Yamux;
using Kusama.Network.Protocols;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// The Kademlia wire protocol (<c>/&lt;genesis&gt;/kad</c>, legacy <c>/&lt;protocolId&gt;/kad</c>): each RPC is
/// <c>uvarint(len) ‖ Message</c>. Inbound, several requests are served on one substream until EOF and anything malformed
/// resets the substream; outbound, one request per substream.
/// </summary>
public sealed class KademliaProtocol
{
    /// <summary>How long one outbound request, or the wait for the next inbound request, may take (rust-libp2p's 10 s).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly string[] _protocolNames;

    /// <summary>A protocol answering from <paramref name="table"/> and <paramref name="store"/> (a fresh one if null) under <paramref name="protocolNames"/> (preferred first).</summary>
    public KademliaProtocol(IReadOnlyList<string> protocolNames, KBucketsTable table, KademliaRecordStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(protocolNames);
        ArgumentNullException.ThrowIfNull(table);
        if (protocolNames.Count == 0) throw new ArgumentException("at least one protocol name is needed", nameof(protocolNames));
        _protocolNames = [.. protocolNames];
        Table = table;
        Store = store ?? new KademliaRecordStore();
    }

    /// <summary>The protocol names, preferred first.</summary>
    public IReadOnlyList<string> ProtocolNames => _protocolNames;

    /// <summary>The routing table requests are answered from.</summary>
    public KBucketsTable Table { get; }

    /// <summary>The records and providers GET_VALUE / GET_PROVIDERS are answered from and PUT_VALUE / ADD_PROVIDER fill.</summary>
    public KademliaRecordStore Store { get; }

    /// <summary>
    /// Decides whether an inbound PUT_VALUE (sender, record) is stored. Null stores every record and resets the request when
    /// the store refuses it (rust-libp2p's StoreInserts::Unfiltered). Set, it is rust's FilterBoth: the request is always
    /// answered and only approved records are stored. Substrate runs FilterBoth and stores only what authority discovery
    /// validated (records signed by a current authority), so a plain full node without authority discovery stores none.
    /// </summary>
    public Func<PeerId, KademliaRecord, bool>? RecordFilter { get; init; }

    /// <summary>
    /// Decides whether an inbound ADD_PROVIDER (sender, provider) is stored; null stores all (rust's Unfiltered). Substrate's
    /// FilterBoth drops every inbound provider; <c>static (_, _) =&gt; false</c> does the same.
    /// </summary>
    public Func<PeerId, KademliaProviderRecord, bool>? ProviderFilter { get; init; }

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
                KademliaMessage? response = Answer(KademliaMessage.Decode(request), connection, out bool reset);
                if (reset)
                {
                    // rust-libp2p resets a request the store refused; the connection and other substreams carry on.
                    await ResetAsync(substream).ConfigureAwait(false);
                    return;
                }
                if (response is not null) await WriteFrameAsync(substream.Stream, response, cancellationToken).ConfigureAwait(false);
            }
            await substream.CloseWriteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ProtocolDecodeException e)
        {
            await ResetAsync(substream).ConfigureAwait(false);
            throw new Libp2pProtocolException($"malformed kademlia request from {connection.RemotePeerId}: {e.Message}", e);
        }
    }

    /// <summary>Asks the peer of <paramref name="connection"/> for the peers closest to <paramref name="key"/> (FIND_NODE).</summary>
    /// <exception cref="Libp2pProtocolException">The remote refused, timed out after <see cref="RequestTimeout"/> or answered malformed.</exception>
    public async Task<IReadOnlyList<KademliaPeer>> FindNodeAsync(Libp2pConnection connection, byte[] key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        KademliaMessage response = await RequestAsync(connection, new KademliaMessage { Type = KademliaMessageType.FindNode, Key = key }, cancellationToken).ConfigureAwait(false);
        return response.CloserPeers;
    }

    /// <summary>
    /// Asks for the record under <paramref name="key"/> (GET_VALUE): the answer's <see cref="KademliaMessage.Record"/> (null if
    /// the peer has none, or sent one under another key) and closer peers.
    /// </summary>
    /// <exception cref="Libp2pProtocolException">The remote refused, timed out after <see cref="RequestTimeout"/> or answered malformed.</exception>
    public async Task<KademliaMessage> GetValueAsync(Libp2pConnection connection, byte[] key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        KademliaMessage response = await RequestAsync(connection, new KademliaMessage { Type = KademliaMessageType.GetValue, Key = key }, cancellationToken).ConfigureAwait(false);
        if (response.Record is KademliaRecord record && !record.Key.AsSpan().SequenceEqual(key))
            return new KademliaMessage { Type = response.Type, CloserPeers = response.CloserPeers };
        return response;
    }

    /// <summary>Asks the peer to store <paramref name="record"/> (PUT_VALUE); completes once it echoed the request, as libp2p peers do.</summary>
    /// <exception cref="Libp2pProtocolException">The remote refused (reset), timed out after <see cref="RequestTimeout"/> or answered malformed.</exception>
    public async Task PutValueAsync(Libp2pConnection connection, KademliaRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await RequestAsync(connection, new KademliaMessage { Type = KademliaMessageType.PutValue, Key = record.Key, Record = record }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks for the providers of <paramref name="key"/> (GET_PROVIDERS): the answer's provider peers and closer peers.</summary>
    /// <exception cref="Libp2pProtocolException">The remote refused, timed out after <see cref="RequestTimeout"/> or answered malformed.</exception>
    public Task<KademliaMessage> GetProvidersAsync(Libp2pConnection connection, byte[] key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return RequestAsync(connection, new KademliaMessage { Type = KademliaMessageType.GetProviders, Key = key }, cancellationToken);
    }

    /// <summary>Announces <paramref name="provider"/> (which must be us, or the peer ignores it) as a provider of <paramref name="key"/> (ADD_PROVIDER, no answer).</summary>
    /// <exception cref="Libp2pProtocolException">The remote refused the substream or timed out after <see cref="RequestTimeout"/>.</exception>
    public Task AddProviderAsync(Libp2pConnection connection, byte[] key, KademliaPeer provider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(provider);
        return SendAsync(connection, new KademliaMessage { Type = KademliaMessageType.AddProvider, Key = key, ProviderPeers = [provider] }, awaitResponse: false, cancellationToken);
    }

    private async Task<KademliaMessage> RequestAsync(Libp2pConnection connection, KademliaMessage request, CancellationToken cancellationToken) =>
        (await SendAsync(connection, request, awaitResponse: true, cancellationToken).ConfigureAwait(false))!;

    // One request per outbound substream, as rust-libp2p opens them.
    private async Task<KademliaMessage?> SendAsync(Libp2pConnection connection, KademliaMessage request, bool awaitResponse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            await using NegotiatedSubstream substream = await connection.OpenStreamAsync(_protocolNames, timeout.Token).ConfigureAwait(false);
            await WriteFrameAsync(substream.Stream, request, timeout.Token).ConfigureAwait(false);
            await substream.CloseWriteAsync(timeout.Token).ConfigureAwait(false);
            if (!awaitResponse) return null;
            byte[] body = (await ReadFrameAsync(substream.Stream, endAllowed: false, timeout.Token).ConfigureAwait(false))!;
            KademliaMessage response = KademliaMessage.Decode(body);
            if (response.Type != request.Type)
                throw new ProtocolDecodeException($"{Name(request.Type)} answered with {Name(response.Type)}");
            return response;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Libp2pProtocolException($"{Name(request.Type)} to {connection.RemotePeerId} timed out after {RequestTimeout.TotalSeconds} s", e);
        }
        catch (Exception e) when (e is ProtocolDecodeException or IOException and not Libp2pProtocolException)
        {
            throw new Libp2pProtocolException($"{Name(request.Type)} to {connection.RemotePeerId} failed: {e.Message}", e);
        }
    }

    private static string Name(KademliaMessageType type) => type switch
    {
        KademliaMessageType.PutValue => "PUT_VALUE",
        KademliaMessageType.GetValue => "GET_VALUE",
        KademliaMessageType.AddProvider => "ADD_PROVIDER",
        KademliaMessageType.GetProviders => "GET_PROVIDERS",
        KademliaMessageType.FindNode => "FIND_NODE",
        _ => "PING",
    };

    private static async Task ResetAsync(NegotiatedSubstream substream)
    {
        if (substream.Stream is YamuxStream yamux) await yamux.ResetAsync().ConfigureAwait(false);
    }

    private KademliaMessage? Answer(KademliaMessage request, Libp2pConnection connection, out bool reset)
    {
        reset = false;
        PeerId source = connection.RemotePeerId;
        switch (request.Type)
        {
            case KademliaMessageType.Ping:
                return new KademliaMessage { Type = KademliaMessageType.Ping };
            case KademliaMessageType.AddProvider:
                ReceiveProvider(request, source);
                return null;
            case KademliaMessageType.PutValue:
                return ReceiveRecord(request, source, out reset);
            case KademliaMessageType.GetValue:
                Store.TryGet(request.Key, out KademliaRecord? record);
                return Fit(new KademliaMessage { Type = request.Type, Record = record, CloserPeers = Closer(request.Key, source) });
            case KademliaMessageType.GetProviders:
                return Fit(new KademliaMessage { Type = request.Type, ProviderPeers = Providers(request.Key, source), CloserPeers = Closer(request.Key, source) });
            default:
                // FIND_NODE: the closest peers, and no key, as rust-libp2p answers.
                return Fit(new KademliaMessage { Type = request.Type, CloserPeers = Closer(request.Key, source) });
        }
    }

    private KademliaMessage ReceiveRecord(KademliaMessage request, PeerId source, out bool reset)
    {
        reset = false;
        if (request.Record is not KademliaRecord record) throw new ProtocolDecodeException("PUT_VALUE without a record");
        // rust-libp2p files the record under its own key whatever the message says; we refuse the ambiguity outright.
        if (!record.Key.AsSpan().SequenceEqual(request.Key)) throw new ProtocolDecodeException("PUT_VALUE record key differs from the message key");
        // The echo libp2p expects: the key, and a record of key and value only.
        var echo = new KademliaMessage { Type = KademliaMessageType.PutValue, Key = record.Key, Record = new KademliaRecord(record.Key, record.Value) };
        // A record claiming us as publisher is never overwritten by replication: the publisher has the right value.
        if (record.Publisher == Table.LocalPeerId) return echo;
        // As rust: the lifetime halves for every peer beyond K that is closer to the key than we are, and the sender's TTL caps it.
        int beyondK = Math.Max(0, Table.CountCloserThanLocal(KademliaKey.FromPreimage(record.Key)) - KBucketsTable.K);
        TimeSpan ttl = beyondK >= 63 ? TimeSpan.Zero : TimeSpan.FromSeconds((long)KademliaRecordStore.RecordTtl.TotalSeconds >> beyondK);
        if (record.Ttl > 0 && TimeSpan.FromSeconds(record.Ttl) < ttl) ttl = TimeSpan.FromSeconds(record.Ttl);
        if (ttl <= TimeSpan.Zero) return echo;
        DateTimeOffset expires = Store.TimeProvider.GetUtcNow() + ttl;
        if (RecordFilter is null)
        {
            reset = Store.Put(record, expires) != KademliaStoreResult.Stored;
            return echo;
        }
        if (RecordFilter(source, record)) Store.Put(record, expires);
        return echo;
    }

    private void ReceiveProvider(KademliaMessage request, PeerId source)
    {
        // rust-libp2p reads the first valid provider entry and refuses a message without one.
        if (request.ProviderPeers.Count == 0) throw new ProtocolDecodeException("ADD_PROVIDER without a valid provider");
        KademliaPeer provider = request.ProviderPeers[0];
        // Only the provider itself may announce it; and we never take an announcement of ourselves from others.
        if (provider.PeerId != source || provider.PeerId == Table.LocalPeerId) return;
        var record = new KademliaProviderRecord(request.Key, provider.PeerId, provider.Addresses,
            Store.TimeProvider.GetUtcNow() + KademliaRecordStore.ProviderRecordTtl);
        if (ProviderFilter?.Invoke(source, record) ?? true) Store.AddProvider(record);
    }

    private IReadOnlyList<KademliaPeer> Closer(byte[] key, PeerId source) =>
        Table.ClosestPeers(KademliaKey.FromPreimage(key), KBucketsTable.K, excluded: source);

    // Providers other than the asker, with their announced addresses or else the table's; one with neither is left out (as rust).
    private List<KademliaPeer> Providers(byte[] key, PeerId source)
    {
        var peers = new List<KademliaPeer>();
        foreach (KademliaProviderRecord provider in Store.GetProviders(key))
        {
            if (provider.Provider == source) continue;
            IReadOnlyList<Multiaddr>? addresses = provider.Addresses;
            if (addresses.Count == 0 && !Table.TryGetAddresses(provider.Provider, out addresses)) continue;
            peers.Add(new KademliaPeer(provider.Provider, addresses));
            if (peers.Count == KBucketsTable.K) break;
        }
        return peers;
    }

    // Long addresses could push 20 peers past the limit: drop the farthest closer peers, then providers, until it fits.
    private static KademliaMessage Fit(KademliaMessage response)
    {
        while (response.Encode().Length > KademliaMessage.MaxMessageSize)
        {
            if (response.CloserPeers.Count > 0)
                response = new KademliaMessage { Type = response.Type, Record = response.Record, ProviderPeers = response.ProviderPeers, CloserPeers = response.CloserPeers.Take(response.CloserPeers.Count - 1).ToArray() };
            else if (response.ProviderPeers.Count > 0)
                response = new KademliaMessage { Type = response.Type, Record = response.Record, ProviderPeers = response.ProviderPeers.Take(response.ProviderPeers.Count - 1).ToArray() };
            else
                break;
        }
        return response;
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
