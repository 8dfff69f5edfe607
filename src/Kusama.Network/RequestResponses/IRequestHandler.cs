using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.RequestResponses;

/// <summary>The server side of one request-response protocol: turns a request into a response.</summary>
public interface IRequestHandler
{
    /// <summary>The protocol served, with its names and limits.</summary>
    RequestResponseProtocol Protocol { get; }

    /// <summary>The response to <paramref name="request"/> from <paramref name="peer"/>, or null to refuse (close without writing).</summary>
    ValueTask<byte[]?> HandleAsync(PeerId peer, ReadOnlyMemory<byte> request, CancellationToken cancellationToken);
}
