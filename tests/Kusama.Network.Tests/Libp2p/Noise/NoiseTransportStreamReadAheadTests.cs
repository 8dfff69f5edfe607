using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Noise;

namespace Kusama.Network.Tests.Libp2p.Noise;

public sealed class NoiseTransportStreamReadAheadTests
{
    private static async Task<(NoiseTransportStream Initiator, NoiseTransportStream Responder)> ConnectAsync()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var initiatorIdentity = Ed25519KeyPair.FromSeed(Enumerable.Repeat((byte)0x02, 32).ToArray());
        using var responderIdentity = Ed25519KeyPair.FromSeed(Enumerable.Repeat((byte)0x03, 32).ToArray());
        Task<NoiseTransportStream> initiator = NoiseHandshake.InitiateAsync(a, initiatorIdentity);
        NoiseTransportStream responder = await NoiseHandshake.RespondAsync(b, responderIdentity);
        return (await initiator, responder);
    }

    [Fact]
    public async Task Frames_already_buffered_together_are_still_returned_one_frame_per_read()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder) = await ConnectAsync();
        await initiator.WriteAsync("one"u8.ToArray());
        await initiator.WriteAsync("two!"u8.ToArray());
        await initiator.WriteAsync("three"u8.ToArray());
        var buffer = new byte[1024];

        int first = await responder.ReadAsync(buffer);
        Assert.Equal("one"u8.ToArray(), buffer[..first]);
        int second = await responder.ReadAsync(buffer);
        Assert.Equal("two!"u8.ToArray(), buffer[..second]);
        int third = await responder.ReadAsync(buffer);
        Assert.Equal("three"u8.ToArray(), buffer[..third]);
    }

    [Fact]
    public async Task A_multi_frame_write_arrives_intact_through_reads_of_every_size()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder) = await ConnectAsync();
        byte[] data = new byte[300_000];
        new Random(3).NextBytes(data);
        await initiator.WriteAsync(data);

        var received = new byte[data.Length];
        int offset = 0, size = 1;
        while (offset < data.Length)
        {
            int read = await responder.ReadAsync(received.AsMemory(offset, Math.Min(size, data.Length - offset)));
            Assert.True(read > 0);
            offset += read;
            size = size * 3 % 100_003 + 1;
        }

        Assert.Equal(data, received);
    }
}
