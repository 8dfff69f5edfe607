using System.Buffers;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kusama.Rpc;

public sealed partial class RpcServer
{
    private const int InitialReceiveBuffer = 4096;

    // How long a closing connection may take to flush what it still has queued before its socket is aborted.
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromSeconds(1);

    private async Task HandleWebSocketAsync(HttpContext http)
    {
        WebSocket socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { DangerousEnableCompression = false }).ConfigureAwait(false);
        RpcConnection connection = NewConnection(http, RpcTransport.WebSocket);
        var session = new WebSocketSession(socket, connection);
        _sessions[connection.Context.ConnectionId] = session;
        Task sender = SendLoopAsync(socket, connection);
        try
        {
            await ReceiveLoopAsync(socket, connection).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client vanished, broke the protocol, or the server is stopping.
        }
        finally
        {
            // Let queued answers go out, then close; a client that does not read gets aborted.
            connection.CompleteOutgoing();
            if (await Task.WhenAny(sender, Task.Delay(FlushTimeout)).ConfigureAwait(false) != sender) socket.Abort();
            connection.Dispose();
            await sender.ConfigureAwait(false);
            await CloseSocketAsync(socket).ConfigureAwait(false);
            socket.Dispose();
            _sessions.TryRemove(connection.Context.ConnectionId, out _);
        }
    }

    private async Task ReceiveLoopAsync(WebSocket socket, RpcConnection connection)
    {
        int max = (int)_options.MaxRequestSize;
        CancellationToken stopping = _stopping.Token;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialReceiveBuffer);
        int length = 0;
        bool discarding = false;
        try
        {
            while (true)
            {
                if (!discarding && length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, max + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                ValueWebSocketReceiveResult received = await socket.ReceiveAsync(
                    discarding ? buffer.AsMemory() : buffer.AsMemory(length), stopping).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close) return;
                if (!discarding)
                {
                    length += received.Count;
                    if (length > max)
                    {
                        // Read the rest of the oversized message without keeping it, then answer with jsonrpsee's error.
                        discarding = true;
                        length = 0;
                    }
                }
                if (!received.EndOfMessage) continue;

                await connection.PendingCalls!.WaitAsync(stopping).ConfigureAwait(false);
                if (discarding)
                {
                    discarding = false;
                    if (!connection.EnqueueResponse(RpcDispatcher.ErrorMessage(RpcError.OversizedRequest(max)))) connection.PendingCalls.Release();
                    continue;
                }
                // Binary frames are read like text frames, as jsonrpsee does; either way the bytes must be JSON.
                byte[] message = buffer;
                int messageLength = length;
                buffer = ArrayPool<byte>.Shared.Rent(InitialReceiveBuffer);
                length = 0;
                _ = ProcessAsync(connection, message, messageLength);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Answers one message; calls of a connection run concurrently, bounded by its pending-call permits.</summary>
    private async Task ProcessAsync(RpcConnection connection, byte[] message, int length)
    {
        var accepted = new List<RpcSubscriptionSink>();
        try
        {
            RpcOutgoingMessage? answer = await _dispatcher.HandleAsync(message.AsMemory(0, length), connection, accepted).ConfigureAwait(false);
            if (answer is not { } response || !connection.EnqueueResponse(response))
                connection.PendingCalls!.Release();
            // Only now may notifications flow: the client has the id before the first one.
            foreach (RpcSubscriptionSink sink in accepted) sink.Activate();
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Handling a JSON-RPC message failed");
            connection.PendingCalls!.Release();
            foreach (RpcSubscriptionSink sink in accepted) sink.Discard();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    private async Task SendLoopAsync(WebSocket socket, RpcConnection connection)
    {
        try
        {
            await foreach (RpcOutgoingMessage message in connection.Outgoing.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                try
                {
                    await socket.SendAsync(message.Memory, WebSocketMessageType.Text, endOfMessage: true, connection.Closed).ConfigureAwait(false);
                }
                finally
                {
                    connection.OnSent(message);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The socket is gone; the receive loop ends too and cleans up.
            socket.Abort();
        }
    }

    private static async Task CloseSocketAsync(WebSocket socket)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(FlushTimeout);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }
}
