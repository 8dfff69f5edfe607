using Kusama.Blockchain.TransactionPool;
using Kusama.Frame.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>
/// <c>transaction_v1_broadcast</c> / <c>transaction_v1_stop</c>: hands a transaction to the pool and keeps it there —
/// submitting again whenever it is dropped or could not enter for now — until it is finalized, refused for good, or stopped.
/// </summary>
public sealed class TransactionModule
{
    private readonly TransactionPool _pool;
    private readonly ILogger _logger;

    public TransactionModule(TransactionPool pool, TransactionBroadcastOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
        Options = options ?? new TransactionBroadcastOptions();
        _logger = logger ?? NullLogger.Instance;
    }

    public TransactionBroadcastOptions Options { get; }

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("transaction_v1_broadcast", Broadcast);
        module.AddMethod("transaction_v1_stop", Stop);
        return module;
    }

    private RpcResult Broadcast(RpcParams parameters, RpcContext context)
    {
        byte[] extrinsic = parameters.GetHexBytes(0, "transaction");
        BroadcastConnectionState state = context.GetOrAddState(static () => new BroadcastConnectionState());
        if (state.TryAdd(Options.MaxBroadcastsPerConnection, context.ConnectionClosed) is not { } operation) return RpcResult.Null;
        // Even a malformed transaction gets an operation id (the spec hides validity from the caller); it just ends at once.
        _ = Task.Run(() => RunAsync(extrinsic, state, operation.Id, operation.Stop));
        return operation.Id;
    }

    private RpcResult Stop(RpcParams parameters, RpcContext context)
    {
        string id = parameters.GetString(0, "operationId");
        if (!context.GetOrAddState(static () => new BroadcastConnectionState()).Stop(id)) throw SpecErrors.InvalidOperationId();
        return RpcResult.Null;
    }

    private async Task RunAsync(byte[] extrinsic, BroadcastConnectionState state, string id, CancellationTokenSource stop)
    {
        CancellationToken stopped = stop.Token;
        try
        {
            if (!TransactionEvents.IsWellFormed(extrinsic)) return;
            while (!stopped.IsCancellationRequested)
            {
                var submitted = _pool.SubmitAndWatch(TransactionSource.External, extrinsic);
                if (submitted.TryGetOk(out TransactionWatcher? watcher))
                {
                    using (watcher)
                    {
                        if (await FollowAsync(watcher, stopped).ConfigureAwait(false)) return;
                    }
                }
                else if (!IsTemporary(submitted.ErrValue))
                {
                    _logger.LogDebug("transaction_v1_broadcast {Id}: the pool refused the transaction: {Error}", id, submitted.ErrValue);
                    return;
                }
                await Task.Delay(Options.RetryDelay, stopped).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped, or the connection closed.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning(e, "transaction_v1_broadcast {Id} failed: {Message}", id, e.Message);
        }
        finally
        {
            state.Remove(id, stop);
        }
    }

    /// <summary>Follows the transaction in the pool; true when the broadcast is over (finalized or invalid), false to submit again.</summary>
    private static async Task<bool> FollowAsync(TransactionWatcher watcher, CancellationToken stopped)
    {
        await foreach (TransactionStatus status in watcher.ReadAllAsync(stopped).ConfigureAwait(false))
        {
            switch (status.Kind)
            {
                case TransactionStatusKind.Finalized:
                case TransactionStatusKind.Invalid:
                case TransactionStatusKind.Usurped:
                    return true;
                case TransactionStatusKind.Dropped:
                case TransactionStatusKind.FinalityTimeout:
                    return false;
            }
        }
        return false;
    }

    /// <summary>Refusals that may pass: the pool is full, the transaction is banned for a while, or it is already in.</summary>
    private static bool IsTemporary(TransactionPoolError error) => error.Code is TransactionPoolError.ImmediatelyDroppedCode
        or TransactionPoolError.TemporarilyBannedCode or TransactionPoolError.AlreadyImportedCode or TransactionPoolError.TooLowPriorityCode;
}
