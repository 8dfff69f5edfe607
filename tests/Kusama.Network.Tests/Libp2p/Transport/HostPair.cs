using System.Net;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Tests.Libp2p.Transport;

/// <summary>Two of our hosts on loopback: a listener and a dialer, with the listener's inbound connections observable.</summary>
internal sealed class HostPair : IAsyncDisposable
{
    private readonly TaskCompletionSource<Libp2pConnection> _inbound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HostPair(Libp2pHostOptions? listenerOptions = null)
    {
        ListenerKey = NodeKey.Generate();
        DialerKey = NodeKey.Generate();
        Listener = new Libp2pHost(ListenerKey, listenerOptions);
        Dialer = new Libp2pHost(DialerKey);
        Listener.ConnectionEstablished += c => _inbound.TrySetResult(c);
        Address = Listener.Listen(new Multiaddr(MultiaddrComponent.Ip(IPAddress.Loopback), MultiaddrComponent.Tcp(0)));
    }

    public NodeKey ListenerKey { get; }
    public NodeKey DialerKey { get; }
    public Libp2pHost Listener { get; }
    public Libp2pHost Dialer { get; }
    public Multiaddr Address { get; }

    public Multiaddr AddressWithPeerId => Address.With(MultiaddrComponent.P2p(Listener.LocalPeerId));

    public Task<Libp2pConnection> InboundConnection => _inbound.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await Dialer.DisposeAsync();
        await Listener.DisposeAsync();
        ListenerKey.Dispose();
        DialerKey.Dispose();
    }
}
