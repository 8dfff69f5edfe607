namespace Kusama.Node.Service;

// The JSON-RPC server: wired once Kusama.Rpc lands.
public sealed partial class KusamaNode
{
    private void ComposeRpc()
    {
    }

    private Task StartRpcAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private ValueTask StopRpcAsync() => ValueTask.CompletedTask;
}
