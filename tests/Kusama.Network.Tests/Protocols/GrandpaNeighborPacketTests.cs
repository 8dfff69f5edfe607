using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class GrandpaNeighborPacketTests
{
    [Fact]
    public void TheNeighborPacketEncodesToTheVector()
    {
        byte[] expected = Convert.FromHexString(SubstrateVectors.Section.GetProperty("grandpa_neighbor_round5_set3_h1000").GetString()!);
        Assert.Equal(expected, new GrandpaNeighborPacket(5, 3, 1000).Encode());
    }

    [Fact]
    public void TheNeighborPacketVectorDecodes()
    {
        byte[] bytes = Convert.FromHexString(SubstrateVectors.Section.GetProperty("grandpa_neighbor_round5_set3_h1000").GetString()!);
        Assert.Equal(new GrandpaNeighborPacket(5, 3, 1000), GrandpaNeighborPacket.Decode(bytes));
    }

    [Theory]
    [InlineData("020105000000000000000300000000000000e80300")]     // truncated
    [InlineData("030105000000000000000300000000000000e8030000")]   // another gossip message
    [InlineData("020205000000000000000300000000000000e8030000")]   // unknown version
    public void MalformedNeighborPacketsAreRejected(string hex)
    {
        Assert.Throws<ProtocolDecodeException>(() => GrandpaNeighborPacket.Decode(Convert.FromHexString(hex)));
    }
}
