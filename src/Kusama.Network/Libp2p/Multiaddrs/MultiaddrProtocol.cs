namespace Kusama.Network.Libp2p.Multiaddrs;

/// <summary>The multiaddr protocols understood, valued by their multicodec code.</summary>
public enum MultiaddrProtocol
{
    Ip4 = 0x04,
    Tcp = 0x06,
    Ip6 = 0x29,
    Dns = 0x35,
    Dns4 = 0x36,
    Dns6 = 0x37,
    Udp = 0x0111,
    WebRtcDirect = 0x0118,
    P2p = 0x01a5,
    QuicV1 = 0x01cc,
    Ws = 0x01dd,
    Wss = 0x01de,
}
