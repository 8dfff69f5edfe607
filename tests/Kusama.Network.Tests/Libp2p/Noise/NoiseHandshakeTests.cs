using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Noise;

namespace Kusama.Network.Tests.Libp2p.Noise;

public sealed class NoiseHandshakeTests
{
    private static readonly JsonElement Vectors = NetVectors.Load("noise-xx-vectors.json");

    private static byte[] Repeated(byte value) => Enumerable.Repeat(value, 32).ToArray();

    private static byte[] Vector(string name) => Convert.FromHexString(Vectors.GetProperty(name).GetString()!);

    /// <summary>Splits what one side wrote into its u16be-framed messages.</summary>
    private static List<byte[]> Frames(byte[] written)
    {
        var frames = new List<byte[]>();
        for (int offset = 0; offset < written.Length;)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(written.AsSpan(offset));
            frames.Add(written.AsSpan(offset + 2, length).ToArray());
            offset += 2 + length;
        }

        return frames;
    }

    private static async Task<(NoiseTransportStream Initiator, NoiseTransportStream Responder, DuplexStream InitiatorEnd, DuplexStream ResponderEnd)> FixedHandshakeAsync()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var initiatorIdentity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        using var responderIdentity = Ed25519KeyPair.FromSeed(Repeated(0x04));
        Task<NoiseTransportStream> initiator = NoiseHandshake.RunAsync(a, initiatorIdentity, initiator: true, Repeated(0x02), Repeated(0x03), CancellationToken.None);
        Task<NoiseTransportStream> responder = NoiseHandshake.RunAsync(b, responderIdentity, initiator: false, Repeated(0x05), Repeated(0x06), CancellationToken.None);
        return (await initiator, await responder, a, b);
    }

    [Fact]
    public async Task The_fixed_key_handshake_reproduces_the_reference_transcript_byte_for_byte()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, DuplexStream a, DuplexStream b) = await FixedHandshakeAsync();

        List<byte[]> fromInitiator = Frames(a.Written);
        List<byte[]> fromResponder = Frames(b.Written);
        Assert.Equal(2, fromInitiator.Count);
        Assert.Single(fromResponder);
        Assert.Equal(Vector("msg1"), fromInitiator[0]);
        Assert.Equal(Vector("msg2"), fromResponder[0]);
        Assert.Equal(Vector("msg3"), fromInitiator[1]);
        Assert.Equal(Vector("handshake_hash"), initiator.HandshakeHash);
        Assert.Equal(Vector("handshake_hash"), responder.HandshakeHash);
    }

    [Fact]
    public async Task Each_side_learns_the_other_sides_ed25519_identity()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, _, _) = await FixedHandshakeAsync();
        using var initiatorIdentity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        using var responderIdentity = Ed25519KeyPair.FromSeed(Repeated(0x04));

        Assert.Equal(responderIdentity.PublicKey.ToArray(), initiator.RemoteIdentityKey);
        Assert.Equal(initiatorIdentity.PublicKey.ToArray(), responder.RemoteIdentityKey);
    }

    [Fact]
    public async Task The_first_transport_message_matches_the_reference_and_decrypts_to_hello()
    {
        (NoiseTransportStream initiator, NoiseTransportStream responder, DuplexStream a, _) = await FixedHandshakeAsync();
        int handshakeBytes = a.Written.Length;

        await initiator.WriteAsync("hello"u8.ToArray());
        byte[] frame = a.Written[handshakeBytes..];
        var received = new byte[16];
        int read = await responder.ReadAsync(received);

        Assert.Equal(Vector("first_transport_msg_initiator_to_responder_plaintext_hello"), frame[2..]);
        Assert.Equal(frame.Length - 2, BinaryPrimitives.ReadUInt16BigEndian(frame));
        Assert.Equal(Vectors.GetProperty("decrypts_to").GetString(), Encoding.ASCII.GetString(received, 0, read));
    }

    [Fact]
    public async Task Random_keys_over_loopback_tcp_carry_data_both_ways()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = new TcpClient();
        Task connect = client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using TcpClient server = await listener.AcceptTcpClientAsync();
        await connect;
        using var dialerIdentity = Ed25519KeyPair.FromSeed(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray());
        using var listenerIdentity = Ed25519KeyPair.FromSeed(Repeated(0x09));

        Task<NoiseTransportStream> dialing = NoiseHandshake.InitiateAsync(client.GetStream(), dialerIdentity);
        using NoiseTransportStream responder = await NoiseHandshake.RespondAsync(server.GetStream(), listenerIdentity);
        using NoiseTransportStream initiator = await dialing;

        byte[] large = new byte[200_000];
        new Random(7).NextBytes(large);
        Task sending = initiator.WriteAsync(large).AsTask();
        var received = new byte[large.Length];
        await responder.ReadExactlyAsync(received);
        await sending;
        await responder.WriteAsync("pong"u8.ToArray());
        var pong = new byte[4];
        await initiator.ReadExactlyAsync(pong);

        Assert.Equal(large, received);
        Assert.Equal("pong"u8.ToArray(), pong);
        Assert.Equal(dialerIdentity.PublicKey.ToArray(), responder.RemoteIdentityKey);
        Assert.Equal(listenerIdentity.PublicKey.ToArray(), initiator.RemoteIdentityKey);
        Assert.Equal(initiator.HandshakeHash, responder.HandshakeHash);
    }

    [Fact]
    public async Task A_tampered_second_message_fails_the_initiator_and_its_hangup_fails_the_responder()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var initiatorIdentity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        using var responderIdentity = Ed25519KeyPair.FromSeed(Repeated(0x04));
        b.CorruptAt = 2 + 40; // inside the encrypted static key of msg2
        Task<NoiseTransportStream> responder = NoiseHandshake.RespondAsync(b, responderIdentity);

        var initiatorError = await Assert.ThrowsAsync<NoiseProtocolException>(() => NoiseHandshake.InitiateAsync(a, initiatorIdentity));
        a.Dispose();
        var responderError = await Assert.ThrowsAsync<NoiseProtocolException>(() => responder);

        Assert.Contains("authentication", initiatorError.Message);
        Assert.Contains("closed", responderError.Message);
    }

    [Fact]
    public async Task A_tampered_third_message_fails_the_responder()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var initiatorIdentity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        using var responderIdentity = Ed25519KeyPair.FromSeed(Repeated(0x04));
        a.CorruptAt = 2 + 32 + 2 + 100; // inside the encrypted payload of msg3
        Task<NoiseTransportStream> initiator = NoiseHandshake.InitiateAsync(a, initiatorIdentity);

        await Assert.ThrowsAsync<NoiseProtocolException>(() => NoiseHandshake.RespondAsync(b, responderIdentity));
        Assert.NotNull(await initiator); // the initiator cannot tell until its first transport read fails
    }

    [Fact]
    public async Task A_first_message_shorter_than_a_key_is_rejected()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var identity = Ed25519KeyPair.FromSeed(Repeated(0x04));
        a.WriteRaw(0x00, 0x03, 1, 2, 3);

        var error = await Assert.ThrowsAsync<NoiseProtocolException>(() => NoiseHandshake.RespondAsync(b, identity));
        Assert.Contains("first", error.Message);
    }

    [Fact]
    public async Task A_second_message_announcing_more_than_it_delivers_is_rejected_at_end_of_stream()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var identity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        b.WriteRaw(0xff, 0xff, 1, 2, 3);
        b.Dispose();

        var error = await Assert.ThrowsAsync<NoiseProtocolException>(() => NoiseHandshake.InitiateAsync(a, identity));
        Assert.Contains("65535", error.Message);
    }

    [Fact]
    public async Task A_remote_ephemeral_key_of_small_order_is_refused()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var identity = Ed25519KeyPair.FromSeed(Repeated(0x04));
        var message = new byte[2 + 32];
        message[1] = 32; // the all-zero point: every Diffie-Hellman with it is zero
        a.WriteRaw(message);

        await Assert.ThrowsAsync<NoiseProtocolException>(() => NoiseHandshake.RespondAsync(b, identity));
    }

    [Fact]
    public async Task Dialing_our_own_identity_is_refused_on_both_ends()
    {
        (DuplexStream a, DuplexStream b) = DuplexStream.CreatePair();
        using var identity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        Task<NoiseTransportStream> responder = NoiseHandshake.RespondAsync(b, identity);

        var error = await Assert.ThrowsAsync<NoiseProtocolException>(() => NoiseHandshake.InitiateAsync(a, identity));
        a.Dispose();
        await Assert.ThrowsAsync<NoiseProtocolException>(() => responder);

        Assert.Contains("self-dial", error.Message);
    }
}
