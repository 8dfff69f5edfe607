using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Libp2p.Yamux;
using Kusama.Network.PeerSet;

namespace Kusama.Network.RequestResponses;

/// <summary>
/// Serves one <see cref="IRequestHandler"/> on a host's substreams: reads one framed request within the limit, runs the
/// handler under the protocol's timeout, writes the framed response (or refuses by closing without one).
/// </summary>
public sealed class RequestResponseServer
{
    /// <summary>Cost of a request with a broken frame (oversized, malformed prefix, truncated): the handler never sees it.</summary>
    public static readonly ReputationChange BadRequest = new(-(1 << 12), "Request-response: invalid request frame");

    private readonly ProtocolHandlers _handlers;
    private readonly IRequestHandler _handler;
    private readonly Action<PeerId, ReputationChange>? _reportPeer;
    private int _active;
    private long _refusedOverflow;

    private RequestResponseServer(ProtocolHandlers handlers, IRequestHandler handler, Action<PeerId, ReputationChange>? reportPeer)
    {
        _handlers = handlers;
        _handler = handler;
        _reportPeer = reportPeer;
    }

    /// <summary>The protocol served.</summary>
    public RequestResponseProtocol Protocol => _handler.Protocol;

    /// <summary>Requests being served right now.</summary>
    public int ActiveRequests => Volatile.Read(ref _active);

    /// <summary>Requests refused because <see cref="RequestResponseProtocol.MaxConcurrentInboundRequests"/> were already being served.</summary>
    public long RefusedOverflow => Interlocked.Read(ref _refusedOverflow);

    /// <summary>
    /// Registers <paramref name="handler"/> under its protocol's main and fallback names; <paramref name="reportPeer"/> hears of
    /// peers sending broken frames.
    /// </summary>
    public static RequestResponseServer Register(ProtocolHandlers handlers, IRequestHandler handler, Action<PeerId, ReputationChange>? reportPeer = null)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(handler);
        var server = new RequestResponseServer(handlers, handler, reportPeer);
        foreach (string name in handler.Protocol.AllNames)
            handlers.Register(name, server.ServeAsync);
        return server;
    }

    /// <summary>Stops accepting new substreams for the protocol's names.</summary>
    public void Unregister()
    {
        foreach (string name in Protocol.AllNames)
            _handlers.Unregister(name);
    }

    private async Task ServeAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken)
    {
        RequestResponseProtocol protocol = _handler.Protocol;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(protocol.Timeout);
        byte[] request = await ReadRequestAsync(connection, substream, protocol, timeout.Token).ConfigureAwait(false);
        if (Interlocked.Increment(ref _active) > protocol.MaxConcurrentInboundRequests)
        {
            // Substrate drops requests that do not fit its inbound queue; the requester sees a refusal.
            Interlocked.Decrement(ref _active);
            Interlocked.Increment(ref _refusedOverflow);
            await FinishAsync(substream, timeout.Token).ConfigureAwait(false);
            return;
        }
        byte[]? response;
        try
        {
            response = await _handler.HandleAsync(connection.RemotePeerId, request, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failing handler refuses, as Substrate's dropped response channel does; the connection reports the exception.
            await FinishAsync(substream, timeout.Token).ConfigureAwait(false);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
        if (response is not null)
        {
            if (response.Length > protocol.MaxResponseSize)
            {
                await FinishAsync(substream, timeout.Token).ConfigureAwait(false);
                throw new InvalidOperationException(
                    $"the {protocol.Name} handler produced {response.Length} bytes, over the limit of {protocol.MaxResponseSize}");
            }
            await LengthPrefixed.WriteAsync(substream.Stream, response, timeout.Token).ConfigureAwait(false);
        }
        await FinishAsync(substream, timeout.Token).ConfigureAwait(false);
    }

    private async ValueTask<byte[]> ReadRequestAsync(Libp2pConnection connection, NegotiatedSubstream substream, RequestResponseProtocol protocol,
        CancellationToken cancellationToken)
    {
        string? broken;
        try
        {
            ulong? length = await LengthPrefixed.ReadLengthAsync(substream.Stream, cancellationToken).ConfigureAwait(false);
            if (length is null)
                broken = "the substream ended before a request";
            else if (length.Value > (ulong)protocol.MaxRequestSize)
                broken = $"the request announces {length.Value} bytes, over the limit of {protocol.MaxRequestSize}";
            else
                return await LengthPrefixed.ReadPayloadAsync(substream.Stream, (int)length.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (Libp2pProtocolException e)
        {
            broken = e.Message;
        }
        _reportPeer?.Invoke(connection.RemotePeerId, BadRequest);
        if (substream.Stream is YamuxStream yamux) await yamux.ResetAsync().ConfigureAwait(false);
        throw new InvalidDataException($"{protocol.Name} request from {connection.RemotePeerId} rejected: {broken}");
    }

    /// <summary>
    /// Closes our side (a FIN without a response is Substrate's refusal) and waits for the requester's FIN, so that closing
    /// the substream afterwards does not reset it while the requester still reads.
    /// </summary>
    private static async ValueTask FinishAsync(NegotiatedSubstream substream, CancellationToken cancellationToken)
    {
        try
        {
            await substream.CloseWriteAsync(cancellationToken).ConfigureAwait(false);
            // One request per substream: anything after it is discarded.
            var sink = new byte[256];
            while (await substream.Stream.ReadAsync(sink, cancellationToken).ConfigureAwait(false) > 0) { }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The requester reset or never closed: the substream is closed below regardless.
        }
    }
}
