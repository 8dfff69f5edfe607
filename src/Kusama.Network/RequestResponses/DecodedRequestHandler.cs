using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Protocols;

namespace Kusama.Network.RequestResponses;

/// <summary>
/// A request handler of one protocol whose requests decode to <typeparamref name="TRequest"/>: a request that does not decode
/// is refused (Substrate drops the response channel, without a reputation change), the rest go to <see cref="Handle"/>.
/// </summary>
public abstract class DecodedRequestHandler<TRequest> : IRequestHandler
{
    /// <summary>A handler serving <paramref name="protocol"/>.</summary>
    protected DecodedRequestHandler(RequestResponseProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        Protocol = protocol;
    }

    /// <inheritdoc />
    public RequestResponseProtocol Protocol { get; }

    /// <inheritdoc />
    public ValueTask<byte[]?> HandleAsync(PeerId peer, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peer);
        TRequest decoded;
        try
        {
            decoded = Decode(request.Span);
        }
        catch (ProtocolDecodeException)
        {
            return ValueTask.FromResult<byte[]?>(null);
        }
        return ValueTask.FromResult(Handle(peer, decoded, cancellationToken));
    }

    /// <summary>Decodes a request.</summary>
    /// <exception cref="ProtocolDecodeException">The bytes are not a request of this protocol.</exception>
    protected abstract TRequest Decode(ReadOnlySpan<byte> request);

    /// <summary>The encoded response to <paramref name="request"/> from <paramref name="peer"/>, or null to refuse.</summary>
    internal abstract byte[]? Handle(PeerId peer, TRequest request, CancellationToken cancellationToken);
}
