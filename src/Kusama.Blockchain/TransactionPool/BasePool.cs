using Kusama.Core;
using Kusama.State;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// The dependency graph of validated transactions (sc-transaction-pool <c>BasePool</c>): the ready and future queues
/// and the moves between them. Not thread-safe; <see cref="TransactionPool"/> holds its lock around every call.
/// </summary>
internal sealed class BasePool
{
    // Tags pruned by the last two blocks count as provided, so a transaction validated just before its dependency was
    // included does not get parked in future.
    private readonly HashSet<byte[]>[] _recentlyPruned = [new(ByteKeyComparer.Instance), new(ByteKeyComparer.Instance)];
    private int _recentlyPrunedIndex;
    private ulong _futureOrder;

    public ReadyTransactions Ready { get; } = new();

    public FutureTransactions Future { get; } = new();

    public bool IsImported(Hash256 hash) => Ready.Contains(hash) || Future.Contains(hash);

    public PooledTransaction? Get(Hash256 hash) => Ready.Get(hash) ?? Future.Get(hash);

    public TransactionPoolStatus Status => new(Ready.Count, Ready.Bytes, Future.Count, Future.Bytes);

    public TransactionPoolError? Import(PooledTransaction transaction, out ImportOutcome? outcome)
    {
        outcome = null;
        if (IsImported(transaction.Hash))
            return TransactionPoolError.AlreadyImported;
        var waiting = new WaitingTransaction(transaction, Ready.ProvidedTags, _recentlyPruned, ++_futureOrder);
        if (!waiting.IsReady)
        {
            Future.Import(waiting);
            outcome = ImportOutcome.Future(transaction.Hash);
            return null;
        }
        return ImportToReady(waiting, out outcome);
    }

    private TransactionPoolError? ImportToReady(WaitingTransaction waiting, out ImportOutcome? outcome)
    {
        outcome = null;
        Hash256 hash = waiting.Transaction.Hash;
        var promoted = new List<Hash256>();
        var failed = new List<Hash256>();
        var removed = new List<PooledTransaction>();
        bool first = true;
        var toImport = new Stack<WaitingTransaction>();
        toImport.Push(waiting);
        while (toImport.TryPop(out WaitingTransaction? current))
        {
            foreach (WaitingTransaction unlocked in Future.SatisfyTags(current.Transaction.Provides))
                toImport.Push(unlocked);

            Hash256 currentHash = current.Transaction.Hash;
            TransactionPoolError? error = Ready.Import(current.Transaction, out List<PooledTransaction> replaced);
            if (error is null)
            {
                if (!first)
                    promoted.Add(currentHash);
                // A promoted transaction may itself have been replaced by a later promotion.
                foreach (PooledTransaction gone in replaced)
                    promoted.Remove(gone.Hash);
                removed.AddRange(replaced);
            }
            else if (first)
            {
                return error;
            }
            else if (error.Code == TransactionPoolError.TooLowPriorityCode)
            {
                removed.Add(current.Transaction);
                promoted.Remove(currentHash);
            }
            else
            {
                failed.Add(currentHash);
            }
            first = false;
        }

        // Promoted transactions pushed out the one being imported: a cycle. Undo the promotions, which now depend on
        // each other and would never be yielded by the best iterator.
        foreach (PooledTransaction gone in removed)
        {
            if (gone.Hash == hash)
            {
                Ready.RemoveSubtree(promoted);
                return TransactionPoolError.CycleDetected;
            }
        }
        outcome = new ImportOutcome(hash, true, promoted, failed, removed);
        return null;
    }

    /// <summary>
    /// Removes the transactions (ready and future) providing the tags of included transactions, without touching their
    /// dependents, and promotes future transactions the tags unlock.
    /// </summary>
    public PruneOutcome PruneTags(IReadOnlyCollection<byte[]> tags)
    {
        HashSet<byte[]> recentlyPruned = _recentlyPruned[_recentlyPrunedIndex];
        _recentlyPrunedIndex = (_recentlyPrunedIndex + 1) % _recentlyPruned.Length;
        recentlyPruned.Clear();

        var failed = Future.PruneTags(tags);
        var toImport = new List<WaitingTransaction>();
        var pruned = new List<PooledTransaction>();
        foreach (byte[] tag in tags)
        {
            toImport.AddRange(Future.SatisfyTags([tag]));
            pruned.AddRange(Ready.PruneTag(tag));
            recentlyPruned.Add(tag);
        }

        var promoted = new List<ImportOutcome>();
        foreach (WaitingTransaction waiting in toImport)
        {
            if (ImportToReady(waiting, out ImportOutcome? outcome) is null)
                promoted.Add(outcome!);
            else
                failed.Add(waiting.Transaction);
        }
        return new PruneOutcome(pruned, promoted, failed);
    }

    /// <summary>Removes the transactions and all transactions depending on them.</summary>
    public List<PooledTransaction> RemoveSubtree(IReadOnlyCollection<Hash256> hashes)
    {
        List<PooledTransaction> removed = Ready.RemoveSubtree(hashes);
        removed.AddRange(Future.Remove(hashes));
        return removed;
    }

    /// <summary>Drops the worst transactions (and their dependents) until both queues are within their limits.</summary>
    public List<PooledTransaction> EnforceLimits(TransactionPoolOptions options)
    {
        var removed = new List<PooledTransaction>();
        while (Ready.Count > options.ReadyCount || Ready.Bytes > options.ReadyBytes)
        {
            PooledTransaction? worst = Ready.Worst();
            if (worst is null)
                break;
            removed.AddRange(RemoveSubtree([worst.Hash]));
        }
        while (Future.Count > options.FutureCount || Future.Bytes > options.FutureBytes)
        {
            PooledTransaction? worst = Future.Worst();
            if (worst is null)
                break;
            removed.AddRange(RemoveSubtree([worst.Hash]));
        }
        return removed;
    }
}
