using System.Buffers.Binary;
using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Noise;

namespace Kusama.Network.Tests.Libp2p.Noise;

public sealed class NoiseTransportStreamTests
{
    private static byte[] Repeated(byte value) => Enumerable.Repeat(value, 32).ToArray();

    private static async Task<(NoiseTransportStream Initiator, NoiseTransportStream Responder, DuplexStream InitiatorEnd, DuplexStream ResponderEnd)> ConnectAsync()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var initiatorIdentity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        using var responderIdentity = Ed25519KeyPair.FromSeed(Repeated(0x04));
        Task<NoiseTransportStream> initiator = NoiseHandshake.InitiateAsync(a, initiatorIdentity);
        NoiseTransportStream responder = await NoiseHandshake.RespondAsync(b, responderIdentity);
        return (await initiator, responder, a, b);
    }

    [Fact]
    public async Task Large_writes_are_split_into_frames_of_at_most_65535_bytes()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, DuplexStream a, _) = await ConnectAsync();
        int handshakeBytes = a.Written.Length;
        byte[] data = new byte[150_000];
        new Random(1).NextBytes(data);

        await initiator.WriteAsync(data);
        byte[] wire = a.Written[handshakeBytes..];
        var lengths = new List<int>();
        for (int offset = 0; offset < wire.Length; offset += 2 + lengths[^1]) lengths.Add(BinaryPrimitives.ReadUInt16BigEndian(wire.AsSpan(offset)));
        var received = new byte[data.Length];
        await responder.ReadExactlyAsync(received);

        Assert.Equal([65535, 65535, 150_000 - 2 * 65519 + 16], lengths);
        Assert.Equal(data, received);
    }

    [Fact]
    public async Task Reads_smaller_than_a_frame_return_the_rest_on_the_next_read()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, _, _) = await ConnectAsync();
        await initiator.WriteAsync("abcdef"u8.ToArray());
        await initiator.WriteAsync("gh"u8.ToArray());

        var first = new byte[4];
        var second = new byte[8];
        int firstCount = await responder.ReadAsync(first);
        int secondCount = await responder.ReadAsync(second);
        int thirdCount = await responder.ReadAsync(second.AsMemory(secondCount));

        Assert.Equal((4, 2, 2), (firstCount, secondCount, thirdCount));
        Assert.Equal("abcdefgh"u8.ToArray(), (byte[])[.. first, .. second[..4]]);
    }

    [Fact]
    public async Task A_tampered_transport_frame_fails_the_read_and_every_later_read()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, DuplexStream a, _) = await ConnectAsync();
        a.CorruptAt = a.Written.Length + 2 + 3;
        await initiator.WriteAsync("hello"u8.ToArray());
        await initiator.WriteAsync("again"u8.ToArray());

        var buffer = new byte[16];
        var error = await Assert.ThrowsAsync<NoiseProtocolException>(() => responder.ReadAsync(buffer).AsTask());
        await Assert.ThrowsAsync<NoiseProtocolException>(() => responder.ReadAsync(buffer).AsTask());

        Assert.Contains("authentication", error.Message);
    }

    [Fact]
    public async Task A_frame_shorter_than_the_tag_is_rejected()
    {
        (_, NoiseTransportStream responder, DuplexStream a, _) = await ConnectAsync();
        a.WriteRaw(0x00, 0x05, 1, 2, 3, 4, 5);

        var error = await Assert.ThrowsAsync<NoiseProtocolException>(() => responder.ReadAsync(new byte[16]).AsTask());
        Assert.Contains("16-byte tag", error.Message);
    }

    [Fact]
    public async Task A_frame_cut_short_by_the_remote_hanging_up_is_rejected()
    {
        (_, NoiseTransportStream responder, DuplexStream a, _) = await ConnectAsync();
        a.WriteRaw(0xff, 0xff, 1, 2, 3);
        a.Dispose();

        var error = await Assert.ThrowsAsync<NoiseProtocolException>(() => responder.ReadAsync(new byte[16]).AsTask());
        Assert.Contains("3 of 65535", error.Message);
    }

    [Fact]
    public async Task A_clean_hangup_between_frames_reads_as_end_of_stream()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, _, _) = await ConnectAsync();
        await initiator.WriteAsync("x"u8.ToArray());
        initiator.Dispose();

        var buffer = new byte[4];
        int first = await responder.ReadAsync(buffer);
        int second = await responder.ReadAsync(buffer);

        Assert.Equal((1, 0), (first, second));
    }

    [Fact]
    public async Task A_message_over_65535_bytes_is_never_framed()
    {
        (DuplexStream a, _) = DuplexStream.CreatePair();

        await Assert.ThrowsAsync<InvalidOperationException>(() => NoiseFraming.WriteFrameAsync(a, new byte[65536], CancellationToken.None).AsTask());
        Assert.Empty(a.Written);
    }

    [Fact]
    public async Task Concurrent_writers_keep_frames_whole_and_in_nonce_order()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, _, _) = await ConnectAsync();
        byte[][] messages = [.. Enumerable.Range(0, 8).Select(i => Enumerable.Repeat((byte)i, 70_000).ToArray())];

        await Task.WhenAll(messages.Select(m => Task.Run(() => initiator.WriteAsync(m).AsTask())));
        var received = new byte[8 * 70_000];
        await responder.ReadExactlyAsync(received);

        // Each write holds the lock for all its frames, so every 70,000-byte run is contiguous.
        for (int i = 0; i < 8; i++) Assert.All(received.AsSpan(i * 70_000, 70_000).ToArray(), b => Assert.Equal(received[i * 70_000], b));
    }

    [Fact]
    public async Task A_flood_of_empty_frames_is_skipped_until_data_arrives()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        byte[] key = Repeated(0x0a);
        using var reader = new NoiseTransportStream(b, new NoiseCipherState(Repeated(0x0b)), new NoiseCipherState(key), Repeated(0), Repeated(0));
        using var remote = new NoiseCipherState(key);
        var frame = new byte[2 + 16 + 1];
        for (int i = 0; i < 20_000; i++)
        {
            frame[1] = 16;
            remote.Encrypt(ReadOnlySpan<byte>.Empty, ReadOnlySpan<byte>.Empty, frame.AsSpan(2, 16));
            a.WriteRaw(frame[..18]);
        }

        frame[1] = 17;
        remote.Encrypt(ReadOnlySpan<byte>.Empty, "x"u8, frame.AsSpan(2));
        a.WriteRaw(frame);
        var buffer = new byte[4];
        int read = await reader.ReadAsync(buffer);

        Assert.Equal(1, read);
        Assert.Equal((byte)'x', buffer[0]);
    }
}
