using System.Net;
using System.Text.Json;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Tests.Libp2p.Multiaddrs;

public sealed class MultiaddrTests
{
    public static TheoryData<int> Vectors()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < NetVectors.Net.GetProperty("multiaddrs").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Text_and_binary_forms_convert_both_ways_as_in_the_vectors(int index)
    {
        JsonElement vector = NetVectors.Net.GetProperty("multiaddrs")[index];
        byte[] bytes = Hex.Decode("0x" + vector.GetProperty("bytes").GetString());

        Multiaddr parsed = Multiaddr.Parse(vector.GetProperty("string").GetString()!);
        Multiaddr decoded = Multiaddr.FromBytes(bytes);

        Assert.Equal(bytes, parsed.Bytes.ToArray());
        Assert.Equal(parsed, decoded);
        Assert.Equal(vector.GetProperty("roundtrip").GetString(), decoded.ToString());
    }

    [Fact]
    public void Components_expose_address_port_name_and_peer_id()
    {
        Multiaddr address = Multiaddr.Parse("/ip4/127.0.0.1/tcp/30333/p2p/12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5");

        Assert.Equal(IPAddress.Loopback, address.Components[0].IpAddress);
        Assert.Equal((ushort)30333, address.Components[1].PortNumber);
        Assert.Equal(PeerId.Parse("12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5"), address.PeerId);
        Assert.Equal("/ip4/127.0.0.1/tcp/30333", address.WithoutPeerId().ToString());
        Assert.Equal("kusama-bootnode-0.polkadot.io", Multiaddr.Parse("/dns/kusama-bootnode-0.polkadot.io/tcp/30333").Components[0].DnsName);
    }

    [Fact]
    public void Built_addresses_equal_parsed_ones()
    {
        PeerId peerId = PeerId.Parse("12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5");
        Multiaddr built = new Multiaddr(
            MultiaddrComponent.Ip(IPAddress.Parse("1.2.3.4")),
            MultiaddrComponent.Tcp(30333),
            MultiaddrComponent.Flag(MultiaddrProtocol.Ws)).With(MultiaddrComponent.P2p(peerId));

        Assert.Equal(Multiaddr.Parse("/ip4/1.2.3.4/tcp/30333/ws/p2p/12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5"), built);
        Assert.Equal(new Multiaddr(MultiaddrComponent.Dns(MultiaddrProtocol.Dns4, "example.com"), MultiaddrComponent.Tcp(30334)),
            Multiaddr.Parse("/dns4/example.com/tcp/30334"));
    }

    [Theory]
    [InlineData("ip4/1.2.3.4")]
    [InlineData("/")]
    [InlineData("/ip4/1.2.3.4/")]
    [InlineData("/ip4/1.2.3")]
    [InlineData("/ip4/1.2.3.256")]
    [InlineData("/ip4/01.2.3.4")]
    [InlineData("/ip4/1.2.3.4/tcp")]
    [InlineData("/ip4/1.2.3.4/tcp/65536")]
    [InlineData("/ip4/1.2.3.4/tcp/-1")]
    [InlineData("/ip4/1.2.3.4/tcp/+80")]
    [InlineData("/ip6/1.2.3.4")]
    [InlineData("/ip6/fe80::1%eth0")]
    [InlineData("/ip6/[::1]")]
    [InlineData("/ip6/::1 ")]
    [InlineData("/dns//tcp/1")]
    [InlineData("/p2p/12D3KooW")]
    [InlineData("/foo/1")]
    [InlineData("/ws/extra")]
    public void Garbage_text_is_rejected(string text)
    {
        Assert.False(Multiaddr.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Multiaddr.Parse(text));
    }

    [Theory]
    [InlineData("0x047f0000")]
    [InlineData("0x047f00000106")]
    [InlineData("0x0699")]
    [InlineData("0x35")]
    [InlineData("0x3505616263")]
    [InlineData("0x3502ff")]
    [InlineData("0x3501" + "2f")]
    [InlineData("0xa503050001020304")]
    [InlineData("0x8f01")]
    [InlineData("0xffffffffffffffffff01")]
    public void Garbage_bytes_are_rejected(string hex)
    {
        Assert.False(Multiaddr.TryFromBytes(Hex.Decode(hex), out _));
        Assert.Throws<FormatException>(() => Multiaddr.FromBytes(Hex.Decode(hex)));
    }

    [Fact]
    public void Quic_and_udp_addresses_round_trip()
    {
        Multiaddr address = Multiaddr.Parse("/ip6/2001:db8::1/udp/30333/quic-v1");
        Assert.Equal(address, Multiaddr.FromBytes(address.Bytes));
        Assert.Equal("/ip6/2001:db8::1/udp/30333/quic-v1", address.ToString());
    }
}
