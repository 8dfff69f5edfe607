using System.Net;
using System.Net.Sockets;

namespace Kusama.Network.Tests.Libp2p.MultistreamSelect;

/// <summary>Both ends of a loopback TCP connection.</summary>
internal sealed class LoopbackConnection : IAsyncDisposable
{
    private readonly TcpClient _dialer;
    private readonly TcpClient _listener;

    private LoopbackConnection(TcpClient dialer, TcpClient listener)
    {
        _dialer = dialer;
        _listener = listener;
    }

    public NetworkStream Dialer => _dialer.GetStream();

    public NetworkStream Listener => _listener.GetStream();

    public static async Task<LoopbackConnection> OpenAsync()
    {
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        try
        {
            var dialer = new TcpClient();
            Task<TcpClient> accept = server.AcceptTcpClientAsync();
            await dialer.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)server.LocalEndpoint).Port);
            return new LoopbackConnection(dialer, await accept);
        }
        finally
        {
            server.Stop();
        }
    }

    public ValueTask DisposeAsync()
    {
        _dialer.Dispose();
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
