using System.Net.WebSockets;

namespace Kusama.Rpc;

/// <summary>A live WebSocket connection as the server tracks it, so stopping can close each one gracefully.</summary>
internal sealed class WebSocketSession
{
    public WebSocketSession(WebSocket socket, RpcConnection connection)
    {
        Socket = socket;
        Connection = connection;
    }

    public WebSocket Socket { get; }

    public RpcConnection Connection { get; }

    /// <summary>Sends a close frame; the receive loop ends when the client answers it.</summary>
    public void BeginClose()
    {
        _ = CloseAsync();

        async Task CloseAsync()
        {
            try
            {
                if (Socket.State == WebSocketState.Open)
                    await Socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "server shutting down", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                // Already closing or gone: the abort after the grace period covers it.
            }
        }
    }
}
