using Kusama.Blockchain.TransactionPool;
using Kusama.Frame.Transactions;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>
/// <c>transactionWatch_v1_submitAndWatch</c> / <c>transactionWatch_v1_unwatch</c>: submits to the pool and reports the
/// transaction's life as <c>transactionWatch_v1_watchEvent</c>s until a final one.
/// </summary>
public sealed class TransactionWatchModule
{
    private readonly TransactionPool _pool;

    public TransactionWatchModule(TransactionPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
    }

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddAsyncSubscription("transactionWatch_v1_submitAndWatch", "transactionWatch_v1_watchEvent", "transactionWatch_v1_unwatch", SubmitAndWatch);
        return module;
    }

    private async ValueTask SubmitAndWatch(RpcParams parameters, RpcSubscriptionSink sink)
    {
        byte[] extrinsic = parameters.GetHexBytes(0, "transaction");
        // The only error the call itself answers; every later problem is an event (sc-rpc-spec-v2).
        if (!TransactionEvents.IsWellFormed(extrinsic))
            throw new RpcException(SpecErrors.BadFormat, "Extrinsic has invalid format: not a length-prefixed extrinsic");

        // Validation runs the runtime: keep it off the connection's reader.
        var submitted = await Task.Run(() => _pool.SubmitAndWatch(TransactionSource.External, extrinsic)).ConfigureAwait(false);
        if (!submitted.TryGetOk(out TransactionWatcher? watcher))
        {
            sink.SendAndClose(RpcResult.Json(TransactionEvents.FromPoolError(submitted.ErrValue)));
            return;
        }
        sink.Closed.Register(static state => ((TransactionWatcher)state!).Dispose(), watcher);
        _ = PumpAsync(watcher, sink);
    }

    private static async Task PumpAsync(TransactionWatcher watcher, RpcSubscriptionSink sink)
    {
        try
        {
            await foreach (TransactionStatus status in watcher.ReadAllAsync(sink.Closed).ConfigureAwait(false))
            {
                if (TransactionEvents.FromStatus(status) is not { } writeEvent) continue;
                if (status.IsFinal)
                {
                    sink.SendAndClose(RpcResult.Json(writeEvent));
                    return;
                }
                if (!sink.Send(RpcResult.Json(writeEvent))) return;
            }
        }
        catch (OperationCanceledException)
        {
            // Unwatched or the connection closed.
        }
        finally
        {
            watcher.Dispose();
        }
    }
}
