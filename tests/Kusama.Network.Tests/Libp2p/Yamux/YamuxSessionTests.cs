using System.Net.Sockets;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Tests.Libp2p.Yamux;

public class YamuxSessionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static byte[] Pattern(int length, int seed = 0)
    {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) data[i] = (byte)(i * 31 + seed);
        return data;
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream)
    {
        using var all = new MemoryStream();
        await stream.CopyToAsync(all);
        return all.ToArray();
    }

    [Fact]
    public async Task Client_opens_odd_ids_and_server_even_ids()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        await using YamuxStream a = await pair.Client.OpenStreamAsync();
        await using YamuxStream b = await pair.Client.OpenStreamAsync();
        await using YamuxStream c = await pair.Server.OpenStreamAsync();
        Assert.Equal(1u, a.Id);
        Assert.Equal(3u, b.Id);
        Assert.Equal(2u, c.Id);
        await using YamuxStream accepted = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal(1u, accepted.Id);
        Assert.False(accepted.IsOutbound);
    }

    [Fact]
    public async Task Echo_over_a_stream_round_trips_and_half_close_ends_the_read()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        Task echo = Task.Run(async () =>
        {
            await using YamuxStream s = await pair.Server.AcceptStreamAsync();
            await s.CopyToAsync(s);
            await s.CloseWriteAsync();
        });
        await using YamuxStream stream = await pair.Client.OpenStreamAsync();
        byte[] message = "hello yamux"u8.ToArray();
        await stream.WriteAsync(message);
        await stream.CloseWriteAsync();
        byte[] reply = await ReadToEndAsync(stream).WaitAsync(Timeout);
        Assert.Equal(message, reply);
        await echo.WaitAsync(Timeout);
    }

    [Fact]
    public async Task Writing_after_close_write_fails_but_reading_still_works()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        await using YamuxStream stream = await pair.Client.OpenStreamAsync();
        await stream.CloseWriteAsync();
        await Assert.ThrowsAsync<YamuxException>(async () => await stream.WriteAsync(new byte[1]));
        await using YamuxStream accepted = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal(0, await accepted.ReadAsync(new byte[1]).AsTask().WaitAsync(Timeout));
        await accepted.WriteAsync("late"u8.ToArray());
        await accepted.CloseWriteAsync();
        Assert.Equal("late"u8.ToArray(), await ReadToEndAsync(stream).WaitAsync(Timeout));
    }

    [Fact]
    public async Task Transfer_larger_than_the_window_completes_and_the_sender_blocks_until_the_reader_consumes()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        await using YamuxStream stream = await pair.Client.OpenStreamAsync();
        await using YamuxStream accepted = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        byte[] data = Pattern(3 * 1024 * 1024 + 17);
        Task write = stream.WriteAsync(data).AsTask();

        // Nothing reads yet, so the writer must stall at the 256 KiB window.
        await Task.Delay(200);
        Assert.False(write.IsCompleted);
        Assert.Equal(0, stream.SendWindow);

        Task<byte[]> read = ReadToEndAsync(accepted);
        await write.WaitAsync(Timeout);
        await stream.CloseWriteAsync();
        Assert.Equal(data, await read.WaitAsync(Timeout));
    }

    [Fact]
    public async Task Many_concurrent_streams_each_carry_their_own_data()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        const int count = 64;
        Task server = Task.Run(async () =>
        {
            var echoes = new List<Task>();
            for (int i = 0; i < count; i++)
            {
                YamuxStream s = await pair.Server.AcceptStreamAsync();
                echoes.Add(Task.Run(async () =>
                {
                    await using (s)
                    {
                        await s.CopyToAsync(s);
                        await s.CloseWriteAsync();
                    }
                }));
            }
            await Task.WhenAll(echoes);
        });
        var clients = new Task[count];
        for (int i = 0; i < count; i++)
        {
            int seed = i;
            clients[i] = Task.Run(async () =>
            {
                await using YamuxStream s = await pair.Client.OpenStreamAsync();
                byte[] data = Pattern(40_000 + seed * 100, seed);
                Task<byte[]> reply = ReadToEndAsync(s);
                await s.WriteAsync(data);
                await s.CloseWriteAsync();
                Assert.Equal(data, await reply);
            });
        }
        await Task.WhenAll(clients).WaitAsync(Timeout);
        await server.WaitAsync(Timeout);
    }

    [Fact]
    public async Task Reset_fails_the_remote_reader_and_writer()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        await using YamuxStream stream = await pair.Client.OpenStreamAsync();
        await using YamuxStream accepted = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        Task<int> pendingRead = accepted.ReadAsync(new byte[16]).AsTask();
        await stream.ResetAsync();
        await Assert.ThrowsAsync<YamuxException>(() => pendingRead.WaitAsync(Timeout));
        Assert.True(accepted.IsReset);
        await Assert.ThrowsAsync<YamuxException>(async () => await accepted.WriteAsync(new byte[1]));
        await Assert.ThrowsAsync<YamuxException>(async () => await stream.WriteAsync(new byte[1]));
    }

    [Fact]
    public async Task Ping_is_answered_and_measures_a_round_trip()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        TimeSpan rtt = await pair.Client.PingAsync().AsTask().WaitAsync(Timeout);
        Assert.True(rtt > TimeSpan.Zero && rtt < Timeout);
        TimeSpan back = await pair.Server.PingAsync().AsTask().WaitAsync(Timeout);
        Assert.True(back > TimeSpan.Zero);
    }

    [Fact]
    public async Task Go_away_ends_the_remote_session_and_its_streams()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync();
        await using YamuxStream stream = await pair.Client.OpenStreamAsync();
        await using YamuxStream accepted = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        Task<int> pendingRead = accepted.ReadAsync(new byte[16]).AsTask();
        Task<YamuxStream> pendingAccept = pair.Server.AcceptStreamAsync().AsTask();

        await pair.Client.GoAwayAsync();

        await pair.Server.Completion.WaitAsync(Timeout);
        Assert.Equal(YamuxGoAwayCode.Normal, pair.Server.RemoteGoAway);
        await Assert.ThrowsAsync<YamuxException>(() => pendingRead.WaitAsync(Timeout));
        await Assert.ThrowsAsync<YamuxException>(() => pendingAccept.WaitAsync(Timeout));
        await Assert.ThrowsAsync<YamuxException>(async () => await pair.Server.OpenStreamAsync());
        await Assert.ThrowsAsync<YamuxException>(async () => await pair.Client.OpenStreamAsync());
    }

    [Fact]
    public async Task Inbound_streams_beyond_the_pending_limit_are_refused_with_reset()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync(serverOptions: new YamuxOptions { MaxPendingInbound = 2 });
        var streams = new List<YamuxStream>();
        for (int i = 0; i < 3; i++) streams.Add(await pair.Client.OpenStreamAsync());
        Task<int> refusedRead = streams[2].ReadAsync(new byte[1]).AsTask();
        await Assert.ThrowsAsync<YamuxException>(() => refusedRead.WaitAsync(Timeout));
        Assert.False(streams[0].IsReset);
        YamuxStream first = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal(1u, first.Id);
        foreach (YamuxStream s in streams) await s.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task A_receive_window_above_256_KiB_is_granted_to_the_opener_as_extra_credit()
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync(serverOptions: new YamuxOptions { ReceiveWindow = 1024 * 1024 });
        await using YamuxStream stream = await pair.Client.OpenStreamAsync();
        await using YamuxStream accepted = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        // Nobody reads on the server, yet a whole MiB fits in its window.
        await stream.WriteAsync(Pattern(1024 * 1024)).AsTask().WaitAsync(Timeout);
        Assert.Equal(0, stream.SendWindow);
        byte[] received = new byte[1024 * 1024];
        await accepted.ReadExactlyAsync(received).AsTask().WaitAsync(Timeout);
        Assert.Equal(Pattern(1024 * 1024), received);
    }

    [Fact]
    public async Task A_receive_window_below_the_spec_default_is_refused()
    {
        (NetworkStream dialer, NetworkStream listener) = await YamuxPair.ConnectAsync();
        using (dialer)
        using (listener)
        {
            Assert.Throws<ArgumentException>(() => new YamuxSession(dialer, isClient: true, new YamuxOptions { ReceiveWindow = 1024 }));
        }
    }
}
