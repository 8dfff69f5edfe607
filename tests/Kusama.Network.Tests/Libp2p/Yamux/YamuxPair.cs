using System.Net;
using System.Net.Sockets;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Tests.Libp2p.Yamux;

/// <summary>A client and a server <see cref="YamuxSession"/> over a loopback TCP connection, or raw sockets for hand-written frames.</summary>
internal sealed class YamuxPair : IAsyncDisposable
{
    private YamuxPair(YamuxSession client, YamuxSession server)
    {
        Client = client;
        Server = server;
    }

    public YamuxSession Client { get; }

    public YamuxSession Server { get; }

    public static async Task<YamuxPair> CreateAsync(YamuxOptions? clientOptions = null, YamuxOptions? serverOptions = null)
    {
        (NetworkStream client, NetworkStream server) = await ConnectAsync();
        return new YamuxPair(new YamuxSession(client, isClient: true, clientOptions), new YamuxSession(server, isClient: false, serverOptions));
    }

    /// <summary>Two connected loopback TCP streams (dialer first).</summary>
    public static async Task<(NetworkStream Dialer, NetworkStream Listener)> ConnectAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var dialer = new TcpClient { NoDelay = true };
        Task connect = dialer.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        Socket accepted = await listener.AcceptSocketAsync();
        await connect;
        accepted.NoDelay = true;
        return (dialer.GetStream(), new NetworkStream(accepted, ownsSocket: true));
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}
