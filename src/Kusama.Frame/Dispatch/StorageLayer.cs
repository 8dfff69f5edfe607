using Kusama.Frame.Storage;

namespace Kusama.Frame.Dispatch;

/// <summary>
/// FRAME's <c>with_storage_layer</c>: runs a call in its own storage transaction, kept on success and rolled back on error,
/// so a failed call leaves no trace but its fee and events outside the layer.
/// </summary>
public static class StorageLayer
{
    /// <summary>sp-runtime's <c>TRANSACTIONAL_LIMIT</c>: nesting deeper than this fails with <see cref="TransactionalError.LimitReached"/>.</summary>
    public const int TransactionalLimit = 255;

    /// <summary>Runs <paramref name="body"/> (a static lambda, so nothing is captured) inside a new layer.</summary>
    public static DispatchResult Run<TState>(IStorage storage, TState state, Func<TState, DispatchResult> body)
        where TState : allows ref struct
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(body);
        if (storage.TransactionDepth >= TransactionalLimit)
            return DispatchError.Transactional(TransactionalError.LimitReached);
        storage.StartTransaction();
        DispatchResult result;
        try
        {
            result = body(state);
        }
        catch
        {
            storage.RollbackTransaction();
            throw;
        }
        if (result.IsOk) storage.CommitTransaction();
        else storage.RollbackTransaction();
        return result;
    }
}
