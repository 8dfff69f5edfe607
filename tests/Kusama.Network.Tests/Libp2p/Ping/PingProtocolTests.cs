using Kusama.Network.Libp2p.Ping;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Tests.Libp2p.Transport;

namespace Kusama.Network.Tests.Libp2p.Ping;

public class PingProtocolTests
{
    [Fact]
    public async Task PingBetweenTwoHostsMeasuresARoundTrip()
    {
        await using var pair = new HostPair();
        Libp2pConnection connection = await pair.Dialer.DialAsync(pair.AddressWithPeerId);

        TimeSpan rtt = await PingProtocol.PingAsync(connection);

        Assert.True(rtt > TimeSpan.Zero);
        Assert.True(rtt < PingProtocol.Timeout);
    }

    [Fact]
    public async Task TheResponderEchoesRepeatedPingsOnOneStream()
    {
        await using var pair = new HostPair();
        Libp2pConnection connection = await pair.Dialer.DialAsync(pair.AddressWithPeerId);
        await using NegotiatedSubstream substream = await connection.OpenStreamAsync(PingProtocol.ProtocolId);

        for (int i = 0; i < 3; i++)
            Assert.True(await PingProtocol.PingAsync(substream.Stream) > TimeSpan.Zero);
    }
}
