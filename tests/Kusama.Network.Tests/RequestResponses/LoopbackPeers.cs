using System.Net;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Tests.RequestResponses;

/// <summary>Two of our hosts on loopback, the dialer connected to the server: requests go dialer → server.</summary>
internal sealed class LoopbackPeers : IAsyncDisposable
{
    private readonly NodeKey _serverKey = NodeKey.Generate();
    private readonly NodeKey _clientKey = NodeKey.Generate();

    private LoopbackPeers()
    {
        Server = new Libp2pHost(_serverKey);
        Client = new Libp2pHost(_clientKey);
    }

    public Libp2pHost Server { get; }

    public Libp2pHost Client { get; }

    /// <summary>The client's connection to the server.</summary>
    public Libp2pConnection Connection { get; private set; } = null!;

    /// <summary>Listens, lets <paramref name="register"/> install server handlers, then connects.</summary>
    public static async Task<LoopbackPeers> StartAsync(Action<Libp2pHost> register)
    {
        var peers = new LoopbackPeers();
        register(peers.Server);
        Multiaddr address = peers.Server.Listen(new Multiaddr(MultiaddrComponent.Ip(IPAddress.Loopback), MultiaddrComponent.Tcp(0)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        peers.Connection = await peers.Client.DialAsync(address.With(MultiaddrComponent.P2p(peers.Server.LocalPeerId)), timeout.Token);
        return peers;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
        _serverKey.Dispose();
        _clientKey.Dispose();
    }
}
