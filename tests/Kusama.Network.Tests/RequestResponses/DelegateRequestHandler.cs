using Kusama.Network.Libp2p.Identity;
using Kusama.Network.RequestResponses;

namespace Kusama.Network.Tests.RequestResponses;

/// <summary>A request handler made of a function, counting its calls.</summary>
internal sealed class DelegateRequestHandler(RequestResponseProtocol protocol, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]?>> handle)
    : IRequestHandler
{
    private int _calls;

    public RequestResponseProtocol Protocol { get; } = protocol;

    public int Calls => Volatile.Read(ref _calls);

    public PeerId? LastPeer { get; private set; }

    public ValueTask<byte[]?> HandleAsync(PeerId peer, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        LastPeer = peer;
        return handle(request, cancellationToken);
    }
}
