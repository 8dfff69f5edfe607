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

    [Fact]
    public async Task TheResponderEchoesUntilEndOfStreamAndRejectsAPartialPayload()
    {
        byte[] input = new byte[PingProtocol.PayloadSize * 2];
        Random.Shared.NextBytes(input);
        using var whole = new EchoCapture(input);
        await PingProtocol.RespondAsync(whole);
        Assert.Equal(input, whole.Written.ToArray());

        using var partial = new EchoCapture(input.AsSpan(0, 40).ToArray());
        await Assert.ThrowsAsync<Libp2pProtocolException>(() => PingProtocol.RespondAsync(partial));
        Assert.Equal(input.AsSpan(0, PingProtocol.PayloadSize).ToArray(), partial.Written.ToArray());
    }

    [Fact]
    public async Task AWrongEchoIsRejected()
    {
        using var liar = new EchoCapture(new byte[PingProtocol.PayloadSize]);
        await Assert.ThrowsAsync<Libp2pProtocolException>(async () => await PingProtocol.PingAsync(liar));
    }

    /// <summary>Reads from fixed input, records writes separately.</summary>
    private sealed class EchoCapture(byte[] input) : MemoryStream(input)
    {
        public MemoryStream Written { get; } = new();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Written.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Written.WriteAsync(buffer, offset, count, cancellationToken);
    }
}
