using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.RequestResponses;

/// <summary>
/// Sends one request on a fresh substream (sc-network <c>request_responses.rs</c>): <c>uvarint(len) || request</c>, FIN,
/// then <c>uvarint(len) || response</c>; the response limit is checked on the prefix before anything is allocated.
/// </summary>
public static class RequestResponseClient
{
    /// <summary>Sends <paramref name="request"/> to the peer of <paramref name="connection"/> and returns its response.</summary>
    /// <exception cref="RequestFailedException">No response: refused, timed out, unsupported, too large, broken or malformed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<byte[]> SendAsync(Libp2pConnection connection, RequestResponseProtocol protocol, ReadOnlyMemory<byte> request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(protocol);
        if (request.Length > protocol.MaxRequestSize)
            throw new ArgumentException($"a {protocol.Name} request of {request.Length} bytes exceeds the limit of {protocol.MaxRequestSize} bytes", nameof(request));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(protocol.Timeout);
        NegotiatedSubstream? substream = null;
        try
        {
            try
            {
                substream = await connection.OpenStreamAsync(protocol.AllNames, timeout.Token).ConfigureAwait(false);
            }
            catch (Libp2pProtocolException e) when (e.InnerException is null)
            {
                // Negotiation completed and the remote declined every name (failures of the negotiation itself carry their cause).
                throw Fail(RequestFailure.UnsupportedProtocol, connection, protocol, "the peer supports none of its names", e);
            }

            Stream stream = substream.Stream;
            await LengthPrefixed.WriteAsync(stream, request, timeout.Token).ConfigureAwait(false);
            await substream.CloseWriteAsync(timeout.Token).ConfigureAwait(false);

            ulong? length;
            try
            {
                length = await LengthPrefixed.ReadLengthAsync(stream, timeout.Token).ConfigureAwait(false);
            }
            catch (Libp2pProtocolException e)
            {
                throw Fail(RequestFailure.BadResponse, connection, protocol, e.Message, e);
            }
            if (length is null)
                throw Fail(RequestFailure.Refused, connection, protocol, "the peer closed the substream without a response");
            if (length.Value > (ulong)protocol.MaxResponseSize)
                throw Fail(RequestFailure.ResponseTooLarge, connection, protocol,
                    $"the response announces {length.Value} bytes, over the limit of {protocol.MaxResponseSize}");
            try
            {
                return await LengthPrefixed.ReadPayloadAsync(stream, (int)length.Value, timeout.Token).ConfigureAwait(false);
            }
            catch (Libp2pProtocolException e)
            {
                throw Fail(RequestFailure.BadResponse, connection, protocol, e.Message, e);
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(RequestFailure.Timeout, connection, protocol, $"no response within {protocol.Timeout.TotalSeconds:0.###} s", e);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw Fail(RequestFailure.Network, connection, protocol, e.Message, e);
        }
        finally
        {
            // Resets the substream when the response was not read to its end (too large, timed out).
            if (substream is not null) await substream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static RequestFailedException Fail(RequestFailure failure, Libp2pConnection connection, RequestResponseProtocol protocol, string why,
        Exception? inner = null) =>
        new(failure, $"{protocol.Name} request to {connection.RemotePeerId} failed ({failure}): {why}", inner);
}
