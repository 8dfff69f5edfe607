using Kusama.Rpc.Modules.Legacy;

namespace Kusama.Rpc.Tests.Support;

/// <summary>A <see cref="DevChain"/> served by a real RPC server (port 0, unsafe methods allowed) with the legacy modules.</summary>
internal sealed class LegacyNode : IAsyncDisposable
{
    private LegacyNode(DevChain chain, RpcServer server)
    {
        Chain = chain;
        Server = server;
    }

    public DevChain Chain { get; }

    public RpcServer Server { get; }

    public Uri WebSocketUri => new($"ws://127.0.0.1:{Server.LocalEndPoints[0].Port}");

    public static async Task<LegacyNode> StartAsync(bool finalizeEveryBlock = true, RpcMethods methods = RpcMethods.Unsafe)
    {
        var chain = new DevChain(finalizeEveryBlock);
        var legacy = new LegacyRpc(chain.Tree, chain.Executor, chain.Pool, chain.Spec, new SystemInfo { Version = "1.0.0-test", IsAuthority = true });
        var server = new RpcServer(new RpcServerOptions { Port = 0, Cors = RpcCors.All, Methods = methods }, legacy.CreateModule());
        await server.StartAsync();
        return new LegacyNode(chain, server);
    }

    public Task<RpcSession> ConnectAsync() => RpcSession.ConnectAsync(WebSocketUri);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Chain.Dispose();
    }
}
