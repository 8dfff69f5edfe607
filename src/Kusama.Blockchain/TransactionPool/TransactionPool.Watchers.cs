using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

public sealed partial class TransactionPool
{
    private readonly Dictionary<Hash256, List<TransactionWatcher>> _watchers = [];
    // Blocks with watched transactions waiting for finality, oldest first (Substrate's `finality_watchers`).
    private readonly List<FinalityWatch> _finalityWatches = [];

    /// <summary>Transactions with at least one live watcher.</summary>
    public int WatchedCount
    {
        get
        {
            lock (_lock)
                return _watchers.Count;
        }
    }

    /// <summary>
    /// The network gossiped the transactions to <paramref name="peers"/>: their watchers get Broadcast(peers).
    /// </summary>
    public void Broadcasted(IReadOnlyList<Hash256> hashes, string[] peers)
    {
        lock (_lock)
        {
            foreach (Hash256 hash in hashes)
                Fire(hash, TransactionStatus.Broadcast(peers));
        }
    }

    private TransactionWatcher Watch(Hash256 hash)
    {
        var watcher = new TransactionWatcher(hash, Unwatch);
        if (!_watchers.TryGetValue(hash, out List<TransactionWatcher>? list))
            _watchers.Add(hash, list = []);
        list.Add(watcher);
        return watcher;
    }

    private void Unwatch(TransactionWatcher watcher)
    {
        lock (_lock)
        {
            if (_watchers.TryGetValue(watcher.Hash, out List<TransactionWatcher>? list) && list.Remove(watcher) && list.Count == 0)
                _watchers.Remove(watcher.Hash);
        }
    }

    /// <summary>Sends a status to the transaction's watchers, forgetting those that ended; under the lock.</summary>
    private void Fire(Hash256 hash, TransactionStatus status)
    {
        if (!_watchers.TryGetValue(hash, out List<TransactionWatcher>? list))
            return;
        for (int i = list.Count - 1; i >= 0; i--)
        {
            if (!list[i].Send(status))
                list.RemoveAt(i);
        }
        if (list.Count == 0)
            _watchers.Remove(hash);
    }

    /// <summary>Statuses for one import: the transaction Ready or Future, promotions Ready, failures Invalid, replaced Usurped.</summary>
    private void FireImported(ImportOutcome outcome, List<Hash256> newReady)
    {
        if (!outcome.IsReady)
        {
            Fire(outcome.Hash, TransactionStatus.Future);
            return;
        }
        Fire(outcome.Hash, TransactionStatus.Ready);
        newReady.Add(outcome.Hash);
        foreach (Hash256 promoted in outcome.Promoted)
        {
            Fire(promoted, TransactionStatus.Ready);
            newReady.Add(promoted);
        }
        foreach (Hash256 failed in outcome.Failed)
            Fire(failed, TransactionStatus.Invalid);
        foreach (PooledTransaction replaced in outcome.Removed)
            Fire(replaced.Hash, TransactionStatus.Usurped(outcome.Hash));
    }

    /// <summary>A watched transaction is in block <paramref name="blockHash"/> at <paramref name="index"/>: InBlock, and wait for finality.</summary>
    private void FireInBlock(Hash256 blockHash, Hash256 transaction, int index)
    {
        if (!_watchers.ContainsKey(transaction))
            return;
        Fire(transaction, TransactionStatus.InBlock(blockHash, index));
        FinalityWatch? watch = null;
        foreach (FinalityWatch candidate in _finalityWatches)
        {
            if (candidate.BlockHash == blockHash)
                watch = candidate;
        }
        if (watch is null)
            _finalityWatches.Add(watch = new FinalityWatch(blockHash));
        watch.Transactions.Add((transaction, index));

        while (_finalityWatches.Count > _options.MaxFinalityWatchedBlocks)
        {
            FinalityWatch oldest = _finalityWatches[0];
            _finalityWatches.RemoveAt(0);
            foreach ((Hash256 hash, _) in oldest.Transactions)
                Fire(hash, TransactionStatus.FinalityTimeout(oldest.BlockHash));
        }
    }

    private FinalityWatch? TakeFinalityWatch(Hash256 blockHash)
    {
        for (int i = 0; i < _finalityWatches.Count; i++)
        {
            if (_finalityWatches[i].BlockHash == blockHash)
            {
                FinalityWatch watch = _finalityWatches[i];
                _finalityWatches.RemoveAt(i);
                return watch;
            }
        }
        return null;
    }
}
