using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Network.Protocols;
using Kusama.Scale;

namespace Kusama.Network.Tests.Protocols;

public class BlockAnnouncesTests
{
    private static readonly Hash256 KusamaGenesis = Hash256.Parse("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe");

    private static Header SampleHeader() => new(
        Hash256.Parse("0x" + new string('1', 64)), 42, Hash256.Parse("0x" + new string('2', 64)),
        Hash256.Parse("0x" + new string('3', 64)), [new DigestItem.PreRuntime("BABE"u8.ToArray(), [1, 2, 3])]);

    [Fact]
    public void TheKusamaHandshakeEncodesToTheVector()
    {
        var handshake = new BlockAnnouncesHandshake(Roles.Full, 0, KusamaGenesis, KusamaGenesis);
        byte[] expected = SubstrateVectors.Bytes("block_announces_handshake_kusama_full_best0", "bytes");
        Assert.Equal(expected, handshake.Encode());
        Assert.Equal(69, expected.Length);
    }

    [Fact]
    public void TheKusamaHandshakeVectorDecodes()
    {
        var handshake = BlockAnnouncesHandshake.Decode(SubstrateVectors.Bytes("block_announces_handshake_kusama_full_best0", "bytes"));
        Assert.Equal(new BlockAnnouncesHandshake(Roles.Full, 0, KusamaGenesis, KusamaGenesis), handshake);
    }

    [Fact]
    public void TheOnWireVectorIsTheUvarintLengthThenTheHandshake()
    {
        byte[] wire = SubstrateVectors.Bytes("block_announces_handshake_kusama_full_best0", "on_wire_with_uvarint_prefix");
        byte[] handshake = new BlockAnnouncesHandshake(Roles.Full, 0, KusamaGenesis, KusamaGenesis).Encode();
        byte[] framed = [.. Kusama.Network.Libp2p.UnsignedVarint.Encode((ulong)handshake.Length), .. handshake];
        Assert.Equal(wire, framed);
    }

    [Fact]
    public void AHandshakeWithTrailingBytesDecodesIgnoringThem()
    {
        byte[] bytes = [.. new BlockAnnouncesHandshake(Roles.Authority | Roles.Full, 7, KusamaGenesis, KusamaGenesis).Encode(), 1];
        Assert.Equal(7u, BlockAnnouncesHandshake.Decode(bytes).BestNumber);
        Assert.Equal(Roles.Authority | Roles.Full, BlockAnnouncesHandshake.Decode(bytes).Roles);
    }

    [Fact]
    public void ATruncatedHandshakeIsRejected()
    {
        byte[] bytes = SubstrateVectors.Bytes("block_announces_handshake_kusama_full_best0", "bytes")[..68];
        Assert.Throws<ProtocolDecodeException>(() => BlockAnnouncesHandshake.Decode(bytes));
    }

    [Fact]
    public void AHandshakeWithUnknownRoleBitsIsRejected()
    {
        byte[] bytes = SubstrateVectors.Bytes("block_announces_handshake_kusama_full_best0", "bytes");
        bytes[0] = 0x09;
        Assert.Throws<ProtocolDecodeException>(() => BlockAnnouncesHandshake.Decode(bytes));
    }

    [Fact]
    public void AnOversizedHandshakeIsRejected()
    {
        Assert.Throws<ProtocolDecodeException>(() => BlockAnnouncesHandshake.Decode(new byte[ProtocolLimits.MaxHandshakeSize + 1]));
    }

    [Fact]
    public void TheRolesHandshakeIsOneByte()
    {
        Assert.Equal([4], RolesCodec.Encode(Roles.Authority));
        Assert.Equal(Roles.Light, RolesCodec.Decode([2]));
        Assert.Throws<ProtocolDecodeException>(() => RolesCodec.Decode([]));
        Assert.Throws<ProtocolDecodeException>(() => RolesCodec.Decode([0x80]));
    }

    [Fact]
    public void AnAnnounceIsTheHeaderThenTheStateByteThenTheData()
    {
        Header header = SampleHeader();
        byte[] encoded = new BlockAnnounce(header, BlockState.Best, []).Encode();
        byte[] headerBytes = ScaleCodec.Encode(header);
        byte[] expected = [.. headerBytes, 0x01, 0x00];
        Assert.Equal(expected, encoded);
    }

    [Fact]
    public void AnAnnounceRoundTrips()
    {
        var announce = new BlockAnnounce(SampleHeader(), BlockState.Normal, [9, 8, 7]);
        BlockAnnounce decoded = BlockAnnounce.Decode(announce.Encode());
        Assert.Equal(announce.Header.Hash(), decoded.Header.Hash());
        Assert.Equal(BlockState.Normal, decoded.State);
        Assert.Equal([9, 8, 7], decoded.Data);
    }

    [Fact]
    public void AnOldNodesAnnounceWithoutStateAndDataDecodes()
    {
        BlockAnnounce decoded = BlockAnnounce.Decode(ScaleCodec.Encode(SampleHeader()));
        Assert.Null(decoded.State);
        Assert.Null(decoded.Data);
        Assert.Equal(SampleHeader().Hash(), decoded.Header.Hash());
    }

    [Fact]
    public void AnAnnounceWithOnlyTheStateEncodesAndDecodesWithoutData()
    {
        var announce = new BlockAnnounce(SampleHeader(), BlockState.Best, null);
        byte[] encoded = announce.Encode();
        Assert.Equal(ScaleCodec.Encode(SampleHeader()).Length + 1, encoded.Length);
        BlockAnnounce decoded = BlockAnnounce.Decode(encoded);
        Assert.Equal(BlockState.Best, decoded.State);
        Assert.Null(decoded.Data);
    }

    [Fact]
    public void AnUnknownStateByteAndABrokenDataTailAreDroppedLikeSubstrate()
    {
        byte[] bytes = [.. ScaleCodec.Encode(SampleHeader()), 0x07, 0xfc];
        BlockAnnounce decoded = BlockAnnounce.Decode(bytes);
        Assert.Null(decoded.State);
        Assert.Null(decoded.Data);
    }

    [Fact]
    public void ATruncatedHeaderIsRejected()
    {
        byte[] bytes = ScaleCodec.Encode(SampleHeader());
        Assert.Throws<ProtocolDecodeException>(() => BlockAnnounce.Decode(bytes.AsSpan(0, 50)));
    }
}
