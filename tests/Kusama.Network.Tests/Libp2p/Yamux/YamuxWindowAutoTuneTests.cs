using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Tests.Libp2p.Yamux;

public class YamuxWindowAutoTuneTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static async Task<long> TransferAsync(YamuxOptions serverOptions, int length)
    {
        await using YamuxPair pair = await YamuxPair.CreateAsync(serverOptions: serverOptions);
        await using YamuxStream stream = await pair.Client.OpenStreamAsync();
        await using YamuxStream accepted = await pair.Server.AcceptStreamAsync().AsTask().WaitAsync(Timeout);
        byte[] data = new byte[length];
        new Random(7).NextBytes(data);
        Task write = Task.Run(async () => await stream.WriteAsync(data));
        byte[] received = new byte[length];
        await accepted.ReadExactlyAsync(received).AsTask().WaitAsync(Timeout);
        await write.WaitAsync(Timeout);
        Assert.Equal(data, received);
        // Everything is consumed and the stream still open: what is left is the window target minus uncredited bytes (under half of it).
        return accepted.ReceiveWindow;
    }

    [Fact]
    public async Task A_reader_that_keeps_up_grows_its_window_up_to_the_maximum_and_no_further()
    {
        long window = await TransferAsync(new YamuxOptions { MaxReceiveWindow = 1024 * 1024, AutoTuneInterval = TimeSpan.FromMinutes(1) }, 8 * 1024 * 1024);

        Assert.InRange(window, 512 * 1024 + 1, 1024 * 1024);
    }

    [Fact]
    public async Task A_reader_slower_than_the_auto_tune_interval_keeps_the_initial_window()
    {
        long window = await TransferAsync(new YamuxOptions { AutoTuneInterval = TimeSpan.Zero }, 2 * 1024 * 1024);

        Assert.InRange(window, YamuxOptions.DefaultWindow / 2 + 1, YamuxOptions.DefaultWindow);
    }
}
