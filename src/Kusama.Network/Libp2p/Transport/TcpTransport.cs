using System.Net;
using System.Net.Sockets;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>Plain TCP for libp2p: resolves <c>/ip4|ip6|dns|dns4|dns6/…/tcp/N[/p2p/ID]</c> multiaddrs and opens sockets with nodelay.</summary>
public static class TcpTransport
{
    /// <summary>Connects to the TCP endpoint of <paramref name="address"/> and returns the stream (owning the socket).</summary>
    /// <exception cref="ArgumentException">The address is not a TCP address.</exception>
    public static async ValueTask<NetworkStream> ConnectAsync(Multiaddr address, CancellationToken cancellationToken = default)
    {
        EndPoint endPoint = ToEndPoint(address);
        var socket = endPoint is IPEndPoint ip
            ? new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.NoDelay = true;
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The endpoint of a <c>/ip4|ip6|dns|dns4|dns6/…/tcp/N</c> address (a trailing <c>/p2p/ID</c> is allowed); for a
    /// <c>/…/tcp/N/ws</c> or <c>/wss</c> address, the endpoint of the TCP connection under the WebSocket.
    /// </summary>
    /// <exception cref="ArgumentException">Any other shape.</exception>
    public static EndPoint ToEndPoint(Multiaddr address)
    {
        ArgumentNullException.ThrowIfNull(address);
        IReadOnlyList<MultiaddrComponent> parts = address.Components;
        int tcpParts = parts.Count >= 3 && parts[2].Protocol is MultiaddrProtocol.Ws or MultiaddrProtocol.Wss ? 3 : 2;
        bool shapeOk = (parts.Count == tcpParts || parts.Count == tcpParts + 1) && parts[1].Protocol == MultiaddrProtocol.Tcp
            && (parts.Count == tcpParts || parts[tcpParts].Protocol == MultiaddrProtocol.P2p);
        if (!shapeOk) throw new ArgumentException($"'{address}' is not a TCP address (/ip4|ip6|dns/…/tcp/N[/ws][/p2p/ID])", nameof(address));
        int port = parts[1].PortNumber!.Value;
        MultiaddrComponent host = parts[0];
        return host.Protocol switch
        {
            MultiaddrProtocol.Ip4 or MultiaddrProtocol.Ip6 => new IPEndPoint(host.IpAddress!, port),
            MultiaddrProtocol.Dns => new DnsEndPoint(host.DnsName!, port),
            MultiaddrProtocol.Dns4 => new DnsEndPoint(host.DnsName!, port, AddressFamily.InterNetwork),
            MultiaddrProtocol.Dns6 => new DnsEndPoint(host.DnsName!, port, AddressFamily.InterNetworkV6),
            _ => throw new ArgumentException($"'{address}' does not start with ip4, ip6 or dns", nameof(address)),
        };
    }

    /// <summary>The <c>/ip4|ip6/…/tcp/N</c> multiaddr of an IP endpoint (IPv4-mapped IPv6 shown as IPv4).</summary>
    public static Multiaddr ToMultiaddr(IPEndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        IPAddress ip = endPoint.Address.IsIPv4MappedToIPv6 ? endPoint.Address.MapToIPv4() : endPoint.Address;
        return new Multiaddr(MultiaddrComponent.Ip(ip), MultiaddrComponent.Tcp((ushort)endPoint.Port));
    }
}
