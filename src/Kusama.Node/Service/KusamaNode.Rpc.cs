using Kusama.Rpc;
using Kusama.Rpc.Modules.Legacy;
using Kusama.Rpc.Modules.Spec;

namespace Kusama.Node.Service;

// The JSON-RPC server (WebSocket and HTTP on --rpc-port) and the modules it serves.
public sealed partial class KusamaNode
{
    private RpcServer? _rpc;

    /// <summary>The running RPC server, when enabled.</summary>
    public RpcServer? Rpc => _rpc;

    private void ComposeRpc()
    {
        RpcConfiguration rpc = Configuration.Rpc;
        if (!rpc.Enabled) return;
        var options = new RpcServerOptions
        {
            Port = rpc.Port,
            External = rpc.External,
            Cors = rpc.Cors is null ? RpcCors.All : RpcCors.Of([.. rpc.Cors]),
            Methods = rpc.Methods switch
            {
                "safe" => RpcMethods.Safe,
                "unsafe" => RpcMethods.Unsafe,
                _ => RpcMethods.Auto,
            },
            MaxConnections = rpc.MaxConnections,
            MaxRequestSize = rpc.MaxRequestSizeMiB * 1024L * 1024,
            MaxResponseSize = rpc.MaxResponseSizeMiB * 1024L * 1024,
            MaxSubscriptionsPerConnection = rpc.MaxSubscriptionsPerConnection,
        };
        _rpc = new RpcServer(options, BuildRpcModule(), _loggers);
    }

    private RpcModule BuildRpcModule()
    {
        var info = new SystemInfo { Version = Cli.KusamaCli.Version, IsAuthority = Author is not null, Name = "Kusama.NET", LocalPeerId = NodeKey.PeerId.ToString(),
            Network = new SystemNetwork(Network) };
        return new LegacyRpc(Tree, Executor, Pool, Configuration.ChainSpec, info).CreateModule()
            .Merge(SpecRpcModules.Create(Tree, Executor, Pool, Configuration.ChainSpec));
    }

    private Task StartRpcAsync(CancellationToken cancellationToken) => _rpc?.StartAsync(cancellationToken) ?? Task.CompletedTask;

    private async ValueTask StopRpcAsync()
    {
        if (_rpc is not null) await _rpc.DisposeAsync().ConfigureAwait(false);
    }
}
