using System.Net;
using System.Net.Sockets;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

public sealed partial class Discovery
{
    /// <summary>
    /// Whether <paramref name="address"/> is worth storing and dialling: never an unspecified IP, and no loopback, private,
    /// shared or link-local IP unless <see cref="DiscoveryOptions.AllowPrivateAddresses"/> (Substrate's allow_private_ip).
    /// </summary>
    public bool IsUsable(Multiaddr address)
    {
        ArgumentNullException.ThrowIfNull(address);
        foreach (MultiaddrComponent component in address.Components)
        {
            if (component.IpAddress is not IPAddress ip) continue;
            if (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)) return false;
            return _options.AllowPrivateAddresses || IsGlobal(ip);
        }
        return true;
    }

    private Multiaddr[] Usable(IEnumerable<Multiaddr> addresses)
    {
        var usable = new List<Multiaddr>();
        foreach (Multiaddr address in addresses)
            if (IsUsable(address)) usable.Add(address.WithoutPeerId());
        return [.. usable];
    }

    private static bool IsGlobal(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (IPAddress.IsLoopback(ip)) return false;
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            ip.TryWriteBytes(b, out _);
            return !(b[0] == 10
                || (b[0] == 172 && (b[1] & 0xf0) == 16)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 100 && (b[1] & 0xc0) == 64)
                || (b[0] == 169 && b[1] == 254)
                || b[0] == 0);
        }
        Span<byte> v6 = stackalloc byte[16];
        ip.TryWriteBytes(v6, out _);
        bool uniqueLocal = (v6[0] & 0xfe) == 0xfc;
        return !(ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || uniqueLocal);
    }
}
