using Microsoft.Extensions.Hosting;

namespace Kusama.Rpc;

/// <summary>
/// The RPC server's web host lifetime: none of its own. The node owns Ctrl+C and SIGTERM and stops the server itself;
/// the default console lifetime would swallow Ctrl+C and print its own banner.
/// </summary>
internal sealed class RpcHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
