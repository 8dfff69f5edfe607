using Kusama.Core;
using Kusama.Network.Libp2p.MultistreamSelect;

namespace Kusama.Network.Tests.Libp2p.MultistreamSelect;

public sealed class MultistreamSelectTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static string Vector(string name) => NetVectors.Net.GetProperty("mss").GetProperty(name).GetString()!;

    [Theory]
    [InlineData("header", MultistreamMessage.Header)]
    [InlineData("noise", "/noise")]
    [InlineData("yamux", "/yamux/1.0.0")]
    [InlineData("na", "na")]
    [InlineData("ls", "ls")]
    [InlineData("ping", "/ipfs/ping/1.0.0")]
    public async Task Messages_encode_and_read_back_byte_exact_with_the_vectors(string vector, string line)
    {
        byte[] expected = Hex.Decode("0x" + Vector(vector));
        Assert.Equal(expected, MultistreamMessage.Encode(line));
        Assert.Equal(line, await MultistreamMessage.ReadAsync(new MemoryStream(expected), CancellationToken.None));
    }

    [Theory]
    [InlineData("0x00")]
    [InlineData("0x022f6e")]
    [InlineData("0x808001")]
    [InlineData("0xff8001")]
    [InlineData("0x03ff6e0a")]
    public async Task Malformed_messages_are_rejected_with_a_protocol_error(string hex)
    {
        await Assert.ThrowsAsync<MultistreamSelectException>(() =>
            MultistreamMessage.ReadAsync(new MemoryStream(Hex.Decode(hex)), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task A_truncated_message_ends_the_stream_rather_than_hanging()
    {
        await Assert.ThrowsAsync<EndOfStreamException>(() =>
            MultistreamMessage.ReadAsync(new MemoryStream(Hex.Decode("0x132f6d75")), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Listener_answers_the_pipelined_js_dialer_with_the_same_bytes_and_leaves_the_payload_unread()
    {
        byte[] negotiation = Hex.Decode("0x132f6d756c746973747265616d2f312e302e300a072f6e6f6973650a");
        byte[] payload = [0x00, 0x20, 0xaa, 0xbb];
        var stream = new ScriptedStream([.. negotiation, .. payload]);

        string selected = await MultistreamSelectListener.AcceptAsync(stream, ["/noise"], CancellationToken.None);

        Assert.Equal("/noise", selected);
        Assert.Equal(negotiation, stream.Written.ToArray());
        Assert.Equal(payload, stream.Remaining());
    }

    [Fact]
    public async Task Listener_refuses_unsupported_protocols_with_na_and_lists_its_protocols_for_ls()
    {
        var stream = new ScriptedStream(MultistreamMessage.Encode(MultistreamMessage.Header, "/unknown/1", "ls", "/yamux/1.0.0"));

        await MultistreamSelectListener.AcceptAsync(stream, ["/noise", "/yamux/1.0.0"], CancellationToken.None);

        var written = new MemoryStream(stream.Written.ToArray());
        Assert.Equal(MultistreamMessage.Header, await MultistreamMessage.ReadAsync(written, CancellationToken.None));
        Assert.Equal("na", await MultistreamMessage.ReadAsync(written, CancellationToken.None));
        byte[] list = await MultistreamMessage.ReadBodyAsync(written, CancellationToken.None);
        Assert.Equal(["/noise", "/yamux/1.0.0"], MultistreamMessage.DecodeProtocolList(list));
        Assert.Equal("/yamux/1.0.0", await MultistreamMessage.ReadAsync(written, CancellationToken.None));
        Assert.Equal(written.Length, written.Position);
    }

    [Fact]
    public async Task Listener_rejects_a_header_of_the_wrong_length_before_reading_its_body()
    {
        // Garbage whose first bytes read as a 5,000-byte message: rejected after the 2-byte prefix, not after waiting for 5,000 bytes.
        byte[] garbage = [0x88, 0x27, .. Enumerable.Repeat((byte)0xAB, 100)];
        var stream = new ScriptedStream(garbage);

        var error = await Assert.ThrowsAsync<MultistreamSelectException>(() =>
            MultistreamSelectListener.AcceptAsync(stream, ["/noise"], CancellationToken.None).AsTask());

        Assert.Contains("5000", error.Message);
        Assert.Equal(100, stream.Remaining().Length);
    }

    [Fact]
    public async Task Listener_rejects_a_wrong_header_and_a_proposal_that_is_not_a_protocol_name()
    {
        await Assert.ThrowsAsync<MultistreamSelectException>(() => MultistreamSelectListener.AcceptAsync(
            new ScriptedStream(MultistreamMessage.Encode("/multistream/2.0.0", "/noise")), ["/noise"], CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<MultistreamSelectException>(() => MultistreamSelectListener.AcceptAsync(
            new ScriptedStream(MultistreamMessage.Encode(MultistreamMessage.Header, "noise")), ["/noise"], CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Dialer_pipelines_header_and_first_proposal_and_falls_back_after_na()
    {
        var stream = new ScriptedStream(MultistreamMessage.Encode(MultistreamMessage.Header, "na", "/yamux/1.0.0"));

        string? selected = await MultistreamSelectDialer.SelectAsync(stream, ["/mplex/6.7.0", "/yamux/1.0.0"], CancellationToken.None);

        Assert.Equal("/yamux/1.0.0", selected);
        Assert.Equal(MultistreamMessage.Encode(MultistreamMessage.Header, "/mplex/6.7.0", "/yamux/1.0.0"), stream.Written.ToArray());
    }

    [Fact]
    public async Task Dialer_returns_null_when_every_proposal_is_refused_and_throws_on_a_foreign_reply()
    {
        Assert.Null(await MultistreamSelectDialer.SelectAsync(
            new ScriptedStream(MultistreamMessage.Encode(MultistreamMessage.Header, "na")), ["/noise"], CancellationToken.None));
        await Assert.ThrowsAsync<MultistreamSelectException>(() => MultistreamSelectDialer.SelectAsync(
            new ScriptedStream(MultistreamMessage.Encode(MultistreamMessage.Header, "/yamux/1.0.0")), ["/noise"], CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Dialer_and_listener_agree_over_tcp()
    {
        using var cts = new CancellationTokenSource(Timeout);
        await using LoopbackConnection connection = await LoopbackConnection.OpenAsync();

        Task<string> listener = MultistreamSelectListener.AcceptAsync(connection.Listener, ["/ipfs/ping/1.0.0", "/yamux/1.0.0"], cts.Token).AsTask();
        string? selected = await MultistreamSelectDialer.SelectAsync(connection.Dialer, ["/mplex/6.7.0", "/yamux/1.0.0"], cts.Token);

        Assert.Equal("/yamux/1.0.0", selected);
        Assert.Equal("/yamux/1.0.0", await listener);
    }

    [Fact]
    public async Task Lazy_dialer_data_sent_with_the_proposal_reaches_the_listener_protocol_intact()
    {
        using var cts = new CancellationTokenSource(Timeout);
        await using LoopbackConnection connection = await LoopbackConnection.OpenAsync();

        Stream dialer = await MultistreamSelectDialer.SelectLazyAsync(connection.Dialer, "/noise", cts.Token);
        await dialer.WriteAsync(new byte[] { 1, 2, 3 }, cts.Token);
        string selected = await MultistreamSelectListener.AcceptAsync(connection.Listener, ["/noise"], cts.Token);
        byte[] received = new byte[3];
        await connection.Listener.ReadExactlyAsync(received, cts.Token);
        await connection.Listener.WriteAsync(new byte[] { 9 }, cts.Token);
        byte[] reply = new byte[1];
        await dialer.ReadExactlyAsync(reply, cts.Token);

        Assert.Equal("/noise", selected);
        Assert.Equal([1, 2, 3], received);
        Assert.Equal([9], reply);
        Assert.True(((LazyNegotiatedStream)dialer).IsConfirmed);
    }

    [Fact]
    public async Task Lazy_dialer_learns_of_a_refusal_on_its_first_read()
    {
        var stream = new ScriptedStream(MultistreamMessage.Encode(MultistreamMessage.Header, "na"));
        Stream dialer = await MultistreamSelectDialer.SelectLazyAsync(stream, "/noise", CancellationToken.None);

        await Assert.ThrowsAsync<MultistreamSelectException>(() => dialer.ReadAsync(new byte[1]).AsTask());
        Assert.Equal(MultistreamMessage.Encode(MultistreamMessage.Header, "/noise"), stream.Written.ToArray());
    }

    [Fact]
    public async Task Dialer_lists_the_listener_protocols_with_ls()
    {
        using var cts = new CancellationTokenSource(Timeout);
        await using LoopbackConnection connection = await LoopbackConnection.OpenAsync();

        Task<string> listener = MultistreamSelectListener.AcceptAsync(connection.Listener, ["/a/1", "/b/2"], cts.Token).AsTask();
        IReadOnlyList<string> protocols = await MultistreamSelectDialer.ListProtocolsAsync(connection.Dialer, cts.Token);

        Assert.Equal(["/a/1", "/b/2"], protocols);
        Assert.False(listener.IsFaulted);
    }

    [Fact]
    public void Oversized_or_newline_lines_cannot_be_encoded()
    {
        Assert.Throws<ArgumentException>(() => MultistreamMessage.Encode("/" + new string('a', MultistreamMessage.MaxMessageLength)));
        Assert.Throws<ArgumentException>(() => MultistreamMessage.Encode("/a\n"));
    }

    [Fact]
    public async Task Listener_gives_up_on_a_dialer_that_keeps_proposing_unsupported_protocols()
    {
        string[] lines = [MultistreamMessage.Header, .. Enumerable.Repeat("/unknown/1", MultistreamSelectListener.MaxAttempts + 1)];
        var stream = new ScriptedStream(MultistreamMessage.Encode(lines));

        await Assert.ThrowsAsync<MultistreamSelectException>(() =>
            MultistreamSelectListener.AcceptAsync(stream, ["/noise"], CancellationToken.None).AsTask());
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0x052f612f310a")]
    [InlineData("0x052f612f310b0a")]
    [InlineData("0x092f612f310a0a")]
    [InlineData("0x03612f310a0a")]
    public void Malformed_protocol_lists_are_rejected(string hex)
    {
        Assert.Throws<MultistreamSelectException>(() => MultistreamMessage.DecodeProtocolList(Hex.Decode(hex)));
    }
}
