using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Kademlia;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Libp2p.Kademlia;

public class KademliaMessageTests
{
    private static readonly PeerId Seed1 = PeerId.Parse("12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5");
    private const string Seed1Multihash = "002408011220" + "8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c";
    private const string LoopbackTcp30333 = "047f00000106767d";

    [Fact]
    public void AFindNodeRequestEncodesAsTheProtoSpecSays()
    {
        var message = new KademliaMessage { Type = KademliaMessageType.FindNode, Key = Seed1.Bytes.ToArray() };

        // type (field 1, varint) = 4; key (field 2, bytes) = the 38-byte multihash.
        Assert.Equal("0804" + "1226" + Seed1Multihash, Convert.ToHexStringLower(message.Encode()));
    }

    [Fact]
    public void AFindNodeResponseWithOnePeerEncodesAsTheProtoSpecSays()
    {
        var message = new KademliaMessage
        {
            Type = KademliaMessageType.FindNode,
            CloserPeers = [new KademliaPeer(Seed1, [Multiaddr.Parse("/ip4/127.0.0.1/tcp/30333")], KademliaConnectionType.Connected)],
        };

        // Peer = id (0a 26 …) + addrs (12 08 …) + connection (18 01) = 40 + 10 + 2 = 52 = 0x34 bytes, in closerPeers (field 8 → 0x42).
        string peer = "0a26" + Seed1Multihash + "1208" + LoopbackTcp30333 + "1801";
        Assert.Equal("0804" + "4234" + peer, Convert.ToHexStringLower(message.Encode()));
    }

    [Fact]
    public void DecodingIgnoresFieldOrderAndUnknownFields()
    {
        string peer = "1801" + "1208" + LoopbackTcp30333 + "0a26" + Seed1Multihash + "2003";
        // closerPeers first, then an unknown varint field 7, then type, then an unknown bytes field 10.
        byte[] bytes = Convert.FromHexString("4236" + peer + "3805" + "0804" + "5202abcd");

        KademliaMessage message = KademliaMessage.Decode(bytes);

        Assert.Equal(KademliaMessageType.FindNode, message.Type);
        KademliaPeer decoded = Assert.Single(message.CloserPeers);
        Assert.Equal(Seed1, decoded.PeerId);
        Assert.Equal([Multiaddr.Parse("/ip4/127.0.0.1/tcp/30333")], decoded.Addresses);
        Assert.Equal(KademliaConnectionType.Connected, decoded.Connection);
    }

    [Fact]
    public void AMessageWithEveryFieldRoundTrips()
    {
        using NodeKey other = NodeKey.Generate();
        var message = new KademliaMessage
        {
            Type = KademliaMessageType.GetProviders,
            Key = [1, 2, 3],
            Record = new KademliaRecord([4, 5], [6, 7, 8], "2026-01-01"),
            CloserPeers = [new KademliaPeer(Seed1, [Multiaddr.Parse("/ip4/1.2.3.4/tcp/1"), Multiaddr.Parse("/dns4/example.com/tcp/30334/ws")])],
            ProviderPeers = [new KademliaPeer(other.PeerId, [], KademliaConnectionType.CannotConnect)],
        };

        KademliaMessage decoded = KademliaMessage.Decode(message.Encode());

        Assert.Equal(message.Type, decoded.Type);
        Assert.Equal(message.Key, decoded.Key);
        Assert.Equal("2026-01-01", decoded.Record!.TimeReceived);
        Assert.Equal(message.Record.Key, decoded.Record.Key);
        Assert.Equal(message.Record.Value, decoded.Record.Value);
        Assert.Equal(message.CloserPeers[0].Addresses, decoded.CloserPeers[0].Addresses);
        Assert.Equal(other.PeerId, Assert.Single(decoded.ProviderPeers).PeerId);
        Assert.Equal(KademliaConnectionType.CannotConnect, decoded.ProviderPeers[0].Connection);
    }

    [Fact]
    public void ARecordsPublisherAndTtlTravelAsRustLibp2pFields666And777()
    {
        var message = new KademliaMessage { Type = KademliaMessageType.PutValue, Key = [1], Record = new KademliaRecord([1], [2], Publisher: Seed1, Ttl: 300) };

        byte[] encoded = message.Encode();
        KademliaRecord decoded = KademliaMessage.Decode(encoded).Record!;

        Assert.Equal(Seed1, decoded.Publisher);
        Assert.Equal(300u, decoded.Ttl);
        // Field 777 as a varint: key 777 << 3 = 0x1848 → c8 30, value 300 = 0xac 0x02.
        Assert.Contains("c830ac02", Convert.ToHexStringLower(encoded));
    }

    [Fact]
    public void ARecordWhosePublisherIsNotAPeerIdIsAProtocolDecodeException()
    {
        // record { key 1: [1], publisher 666: [0xff] } — 666 << 3 | 2 = 0x14d2 → varint d2 29.
        byte[] record = [0x0a, 0x01, 0x01, 0xd2, 0x29, 0x01, 0xff];
        byte[] message = [0x08, 0x00, 0x1a, (byte)record.Length, .. record];

        Assert.Throws<ProtocolDecodeException>(() => KademliaMessage.Decode(message));
    }

    [Fact]
    public void AddressesThatDoNotParseAreSkippedNotFatal()
    {
        // addrs: a bogus multiaddr (protocol code 0x7f7f… unknown), then a good one.
        string peer = "0a26" + Seed1Multihash + "1203ffff01" + "1208" + LoopbackTcp30333;
        byte[] bytes = Convert.FromHexString("0804" + "42" + (peer.Length / 2).ToString("x2") + peer);

        KademliaPeer decoded = Assert.Single(KademliaMessage.Decode(bytes).CloserPeers);

        Assert.Equal([Multiaddr.Parse("/ip4/127.0.0.1/tcp/30333")], decoded.Addresses);
    }

    [Fact]
    public void APeerWithAnInvalidIdIsDroppedAndTheOthersKept()
    {
        string bad = "0a03" + "abcdef";
        string good = "0a26" + Seed1Multihash;
        byte[] bytes = Convert.FromHexString("0804" + "4205" + bad + "4228" + good);

        KademliaPeer decoded = Assert.Single(KademliaMessage.Decode(bytes).CloserPeers);

        Assert.Equal(Seed1, decoded.PeerId);
    }

    [Fact]
    public void AnAddressNamingAnotherPeerIsDropped()
    {
        using NodeKey other = NodeKey.Generate();
        var message = new KademliaMessage
        {
            Type = KademliaMessageType.FindNode,
            CloserPeers = [new KademliaPeer(Seed1, [
                Multiaddr.Parse("/ip4/1.2.3.4/tcp/1").With(MultiaddrComponent.P2p(other.PeerId)),
                Multiaddr.Parse("/ip4/1.2.3.4/tcp/2").With(MultiaddrComponent.P2p(Seed1)),
            ])],
        };

        KademliaPeer decoded = Assert.Single(KademliaMessage.Decode(message.Encode()).CloserPeers);

        Assert.Equal([Multiaddr.Parse("/ip4/1.2.3.4/tcp/2").With(MultiaddrComponent.P2p(Seed1))], decoded.Addresses);
    }

    [Theory]
    [InlineData("0804" + "1226" + "0024")]         // key longer than what remains
    [InlineData("08")]                             // truncated varint
    [InlineData("0809")]                           // unknown message type
    [InlineData("0a04" + "00000000")]              // type with the bytes wire type
    [InlineData("0b")]                             // a group (wire type 3)
    public void HostileInputIsAProtocolDecodeException(string hex)
    {
        Assert.Throws<ProtocolDecodeException>(() => KademliaMessage.Decode(Convert.FromHexString(hex)));
    }

    [Fact]
    public void AMessageOverTheSizeLimitIsRefused()
    {
        byte[] huge = new byte[KademliaMessage.MaxMessageSize + 1];

        var error = Assert.Throws<ProtocolDecodeException>(() => KademliaMessage.Decode(huge));
        Assert.Contains("16384", error.Message);
    }

    [Fact]
    public void AnEmptyMessageIsAPutValueWithNothingInIt()
    {
        KademliaMessage message = KademliaMessage.Decode([]);

        Assert.Equal(KademliaMessageType.PutValue, message.Type);
        Assert.Empty(message.Key);
        Assert.Null(message.Record);
        Assert.Empty(message.CloserPeers);
    }
}
