namespace Kusama.Rpc;

/// <summary>The transport a JSON-RPC call arrived on.</summary>
public enum RpcTransport
{
    /// <summary>A WebSocket connection: calls, batches and subscriptions.</summary>
    WebSocket,

    /// <summary>One HTTP POST: calls and batches, no subscriptions.</summary>
    Http,
}
