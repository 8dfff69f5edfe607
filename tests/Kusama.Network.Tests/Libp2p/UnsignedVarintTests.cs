using Kusama.Core;
using Kusama.Network.Libp2p;

namespace Kusama.Network.Tests.Libp2p;

public sealed class UnsignedVarintTests
{
    [Theory]
    [InlineData(0UL, "0x00")]
    [InlineData(3UL, "0x03")]
    [InlineData(127UL, "0x7f")]
    [InlineData(128UL, "0x8001")]
    [InlineData(300UL, "0xac02")]
    [InlineData(16384UL, "0x808001")]
    public void Values_encode_as_the_multiformats_examples_and_read_back(ulong value, string hex)
    {
        Assert.Equal(hex, Hex.Encode(UnsignedVarint.Encode(value)));
        Assert.Equal(VarintStatus.Done, UnsignedVarint.TryRead(Hex.Decode(hex), out ulong read, out int consumed));
        Assert.Equal((value, hex.Length / 2 - 1), (read, consumed));
    }

    [Fact]
    public void The_multistream_header_length_prefix_is_a_varint()
    {
        // net-vectors mss.header: 0x13 (19) then "/multistream/1.0.0\n".
        byte[] header = Hex.Decode("0x" + NetVectors.Net.GetProperty("mss").GetProperty("header").GetString());
        Assert.Equal(VarintStatus.Done, UnsignedVarint.TryRead(header, out ulong length, out int consumed));
        Assert.Equal((ulong)(header.Length - consumed), length);
    }

    [Theory]
    [InlineData("0x8000")]
    [InlineData("0xff80808080808080807f")]
    public void Overlong_encodings_are_invalid(string hex) =>
        Assert.Equal(VarintStatus.Invalid, UnsignedVarint.TryRead(Hex.Decode(hex), out _, out _));

    [Fact]
    public void A_cut_varint_asks_for_more_bytes() =>
        Assert.Equal(VarintStatus.Incomplete, UnsignedVarint.TryRead([0xac], out _, out _));
}
