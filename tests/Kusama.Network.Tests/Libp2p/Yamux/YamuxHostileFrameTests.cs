using System.Net.Sockets;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Tests.Libp2p.Yamux;

public class YamuxHostileFrameTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static async Task SendAsync(Stream raw, YamuxFrameType type, YamuxFlags flags, uint id, uint length, byte[]? payload = null)
    {
        byte[] frame = new byte[YamuxHeader.Size + (payload?.Length ?? 0)];
        new YamuxHeader(type, flags, id, length).Write(frame);
        payload?.CopyTo(frame, YamuxHeader.Size);
        await raw.WriteAsync(frame);
    }

    private static async Task<YamuxHeader> ReceiveAsync(Stream raw)
    {
        byte[] header = new byte[YamuxHeader.Size];
        await raw.ReadExactlyAsync(header).AsTask().WaitAsync(Timeout);
        return YamuxHeader.Read(header);
    }

    /// <summary>A server session facing a hand-driven raw client socket.</summary>
    private static async Task<(YamuxSession Session, NetworkStream Raw)> ServerFacingRawClientAsync(YamuxOptions? options = null)
    {
        (NetworkStream dialer, NetworkStream listener) = await YamuxPair.ConnectAsync();
        return (new YamuxSession(listener, isClient: false, options), dialer);
    }

    private static async Task AssertProtocolErrorGoAwayAsync(YamuxSession session, NetworkStream raw)
    {
        YamuxHeader header;
        do header = await ReceiveAsync(raw);
        while (header.Type != YamuxFrameType.GoAway);
        Assert.Equal((uint)YamuxGoAwayCode.ProtocolError, header.Length);
        await session.Completion.WaitAsync(Timeout);
        Assert.IsType<YamuxException>(session.Termination);
    }

    [Fact]
    public async Task Data_beyond_the_receive_window_is_a_protocol_error_without_buffering_it()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            // Claims 300 KiB (over the 256 KiB window) but sends none of it: the session must not wait for or allocate it.
            await SendAsync(raw, YamuxFrameType.Data, YamuxFlags.Syn, 1, 300 * 1024);
            await AssertProtocolErrorGoAwayAsync(session, raw);
        }
    }

    [Fact]
    public async Task Data_over_the_frame_limit_is_a_protocol_error()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            await SendAsync(raw, YamuxFrameType.Data, YamuxFlags.Syn, 1, uint.MaxValue);
            await AssertProtocolErrorGoAwayAsync(session, raw);
        }
    }

    [Fact]
    public async Task Syn_with_our_own_parity_is_a_protocol_error()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            await SendAsync(raw, YamuxFrameType.WindowUpdate, YamuxFlags.Syn, 2, 0);
            await AssertProtocolErrorGoAwayAsync(session, raw);
        }
    }

    [Fact]
    public async Task Duplicate_syn_is_a_protocol_error()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            await SendAsync(raw, YamuxFrameType.WindowUpdate, YamuxFlags.Syn, 1, 0);
            await SendAsync(raw, YamuxFrameType.WindowUpdate, YamuxFlags.Syn, 1, 0);
            await AssertProtocolErrorGoAwayAsync(session, raw);
        }
    }

    [Fact]
    public async Task Bad_version_is_a_protocol_error()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            await raw.WriteAsync(Convert.FromHexString("050000000000000100000000"));
            await AssertProtocolErrorGoAwayAsync(session, raw);
        }
    }

    [Fact]
    public async Task Data_for_an_unknown_stream_is_skipped_and_answered_with_reset()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            await SendAsync(raw, YamuxFrameType.Data, YamuxFlags.None, 7, 5, "abcde"u8.ToArray());
            YamuxHeader reply = await ReceiveAsync(raw);
            Assert.Equal(new YamuxHeader(YamuxFrameType.Data, YamuxFlags.Rst, 7, 0), reply);
            // The session survives: a ping still gets its ACK.
            await SendAsync(raw, YamuxFrameType.Ping, YamuxFlags.Syn, 0, 42);
            Assert.Equal(new YamuxHeader(YamuxFrameType.Ping, YamuxFlags.Ack, 0, 42), await ReceiveAsync(raw));
            Assert.Null(session.Termination);
        }
    }

    [Fact]
    public async Task Data_with_syn_and_fin_in_one_frame_is_accepted_and_acknowledged()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            await SendAsync(raw, YamuxFrameType.Data, YamuxFlags.Syn | YamuxFlags.Fin, 1, 3, "abc"u8.ToArray());
            await using YamuxStream stream = await session.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
            Assert.Equal(new YamuxHeader(YamuxFrameType.WindowUpdate, YamuxFlags.Ack, 1, 0), await ReceiveAsync(raw));
            using var all = new MemoryStream();
            await stream.CopyToAsync(all).WaitAsync(Timeout);
            Assert.Equal("abc"u8.ToArray(), all.ToArray());
            await stream.WriteAsync("xyz"u8.ToArray());
            await stream.CloseWriteAsync();
            Assert.Equal(new YamuxHeader(YamuxFrameType.Data, YamuxFlags.None, 1, 3), await ReceiveAsync(raw));
            byte[] payload = new byte[3];
            await raw.ReadExactlyAsync(payload);
            Assert.Equal("xyz"u8.ToArray(), payload);
            // FIN goes out as its own empty Data frame.
            Assert.Equal(new YamuxHeader(YamuxFrameType.Data, YamuxFlags.Fin, 1, 0), await ReceiveAsync(raw));
            Assert.Equal(0, session.StreamCount);
        }
    }

    [Fact]
    public async Task Window_update_sent_only_after_the_reader_consumes()
    {
        (YamuxSession session, NetworkStream raw) = await ServerFacingRawClientAsync();
        await using (session)
        using (raw)
        {
            byte[] chunk = new byte[YamuxOptions.DefaultWindow];
            await SendAsync(raw, YamuxFrameType.Data, YamuxFlags.Syn, 1, (uint)chunk.Length, chunk);
            await using YamuxStream stream = await session.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
            Assert.Equal(YamuxFlags.Ack, (await ReceiveAsync(raw)).Flags);
            Assert.Equal(0, stream.ReceiveWindow);
            await stream.ReadExactlyAsync(new byte[chunk.Length]).AsTask().WaitAsync(Timeout);
            Assert.Equal(new YamuxHeader(YamuxFrameType.WindowUpdate, YamuxFlags.None, 1, YamuxOptions.DefaultWindow), await ReceiveAsync(raw));
        }
    }
}
