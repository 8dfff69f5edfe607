using System.Net;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

/// <summary>A host on loopback with discovery, as the kad tests use it.</summary>
internal sealed class KadNode : IAsyncDisposable
{
    public static readonly string[] ProtocolNames = ["/b0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe/kad", "/ksmcc3/kad"];

    public KadNode(Multiaddr[]? bootnodes = null, NodeKey? key = null, ushort port = 0)
    {
        Key = key ?? NodeKey.Generate();
        Host = new Libp2pHost(Key);
        Address = Host.Listen(new Multiaddr(MultiaddrComponent.Ip(IPAddress.Loopback), MultiaddrComponent.Tcp(port)));
        Discovery = new Discovery(Host, ProtocolNames, new DiscoveryOptions { Bootnodes = bootnodes ?? [], AllowPrivateAddresses = true });
    }

    public NodeKey Key { get; }
    public Libp2pHost Host { get; }
    public Multiaddr Address { get; }
    public Discovery Discovery { get; }
    public PeerId PeerId => Host.LocalPeerId;
    public Multiaddr AddressWithPeerId => Address.With(MultiaddrComponent.P2p(PeerId));

    public async ValueTask DisposeAsync()
    {
        await Discovery.DisposeAsync();
        await Host.DisposeAsync();
        Key.Dispose();
    }
}
