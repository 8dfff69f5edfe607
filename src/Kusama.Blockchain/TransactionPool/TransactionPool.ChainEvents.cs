using Kusama.Core;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.TransactionPool;

public sealed partial class TransactionPool
{
    /// <summary>The block the pool validates new transactions at.</summary>
    public (Hash256 Hash, ulong Number) BestBlock
    {
        get
        {
            lock (_lock)
                return (_bestHash, _bestNumber);
        }
    }

    /// <summary>
    /// The best block changed (Substrate's <c>maintain</c> for a new best block): watchers of transactions in retracted
    /// blocks get Retracted and those transactions are submitted again; transactions in enacted blocks leave the pool
    /// (pruned by the tags they provide) with InBlock(block, index); stale transactions go; the rest are re-validated at
    /// the new best block and the invalid ones removed. Call from one thread at a time (the import thread), in chain order.
    /// </summary>
    public void OnNewBestBlock(NewBestBlock update)
    {
        var enactedHashes = new Hash256[update.Enacted.Count][];
        var included = new HashSet<Hash256>();
        for (int b = 0; b < update.Enacted.Count; b++)
        {
            IReadOnlyList<byte[]> extrinsics = update.Enacted[b].Extrinsics;
            enactedHashes[b] = new Hash256[extrinsics.Count];
            for (int i = 0; i < extrinsics.Count; i++)
                included.Add(enactedHashes[b][i] = HashOf(extrinsics[i]));
        }

        // Oldest retracted block first, so a sender's lower nonces come back before the higher ones.
        var resubmit = new List<byte[]>();
        var seen = new HashSet<Hash256>();
        for (int b = update.Retracted.Count - 1; b >= 0; b--)
        {
            foreach (byte[] extrinsic in update.Retracted[b].Extrinsics)
            {
                Hash256 hash = HashOf(extrinsic);
                if (!included.Contains(hash) && seen.Add(hash))
                    resubmit.Add(extrinsic);
            }
        }

        lock (_lock)
        {
            foreach (RetractedBlock retracted in update.Retracted)
            {
                FinalityWatch? watch = TakeFinalityWatch(retracted.Hash);
                if (watch is null)
                    continue;
                foreach ((Hash256 transaction, _) in watch.Transactions)
                    Fire(transaction, TransactionStatus.Retracted(retracted.Hash));
            }
            _bestHash = update.Hash;
            _bestNumber = update.Number;
        }

        // Included transactions are banned, so the ban must not keep them out when their block is retracted.
        if (resubmit.Count > 0)
            SubmitBatch(TransactionSource.External, resubmit, ignoreBanned: true, watch: false, out _);

        var newReady = new List<Hash256>();
        var prunedNotIncluded = new List<PooledTransaction>();
        List<PooledTransaction> candidates;
        lock (_lock)
        {
            for (int b = 0; b < update.Enacted.Count; b++)
                PruneEnacted(update.Enacted[b].Hash, enactedHashes[b], prunedNotIncluded, newReady);
            ClearStale(update.Number, prunedNotIncluded);
            candidates = RevalidationCandidates();
        }

        int poolCandidates = candidates.Count;
        candidates.AddRange(prunedNotIncluded);
        if (candidates.Count > 0)
        {
            var outcomes = new ValidationOutcome[candidates.Count];
            ValidateRevalidation(candidates, update.Hash, outcomes);
            lock (_lock)
                ApplyRevalidation(candidates, poolCandidates, outcomes, update.Number, newReady);
        }
        RaiseReady(newReady);
    }

    /// <summary>The finalized chain advanced over <paramref name="finalized"/> (ascending): watchers of their transactions get Finalized.</summary>
    public void OnFinalized(IReadOnlyList<Hash256> finalized)
    {
        lock (_lock)
        {
            foreach (Hash256 blockHash in finalized)
            {
                FinalityWatch? watch = TakeFinalityWatch(blockHash);
                if (watch is null)
                    continue;
                foreach ((Hash256 transaction, int index) in watch.Transactions)
                    Fire(transaction, TransactionStatus.Finalized(blockHash, index));
            }
        }
    }

    /// <summary>Removes what the block included, by the tags the included transactions provide; under the lock.</summary>
    private void PruneEnacted(Hash256 blockHash, Hash256[] hashes, List<PooledTransaction> prunedNotIncluded, List<Hash256> newReady)
    {
        var tags = new List<byte[]>();
        var inBlock = new HashSet<Hash256>(hashes);
        foreach (Hash256 hash in hashes)
        {
            PooledTransaction? transaction = _pool.Get(hash);
            if (transaction is not null)
                tags.AddRange(transaction.Provides);
        }
        if (tags.Count > 0)
        {
            PruneOutcome outcome = _pool.PruneTags(tags);
            foreach (ImportOutcome promoted in outcome.Promoted)
                FireImported(promoted, newReady);
            foreach (PooledTransaction failed in outcome.Failed)
            {
                if (!inBlock.Contains(failed.Hash))
                    Fire(failed.Hash, TransactionStatus.Dropped);
            }
            // Ready transactions pruned only because they sat before an included one may still be valid: re-validate.
            foreach (PooledTransaction pruned in outcome.Pruned)
            {
                if (!inBlock.Contains(pruned.Hash))
                    prunedNotIncluded.Add(pruned);
            }
        }
        for (int i = 0; i < hashes.Length; i++)
        {
            _rotator.Ban(hashes[i]);
            FireInBlock(blockHash, hashes[i], i);
        }
    }

    /// <summary>Removes transactions whose longevity ended by block <paramref name="number"/> (Invalid, banned); under the lock.</summary>
    private void ClearStale(ulong number, List<PooledTransaction> prunedNotIncluded)
    {
        var stale = new List<Hash256>();
        foreach (ReadyEntry entry in _pool.Ready.Entries)
        {
            if (entry.Transaction.ValidTill <= number)
                stale.Add(entry.Transaction.Hash);
        }
        foreach (WaitingTransaction waiting in _pool.Future.Entries)
        {
            if (waiting.Transaction.ValidTill <= number)
                stale.Add(waiting.Transaction.Hash);
        }
        foreach (PooledTransaction removed in _pool.RemoveSubtree(stale))
        {
            _rotator.Ban(removed.Hash);
            Fire(removed.Hash, TransactionStatus.Invalid);
        }
        prunedNotIncluded.RemoveAll(transaction =>
        {
            if (!_rotator.BanIfStale(number, transaction))
                return false;
            Fire(transaction.Hash, TransactionStatus.Invalid);
            return true;
        });
        _rotator.ClearTimeouts();
    }

    /// <summary>The pool's transactions to re-validate now: the least recently validated first, up to the configured number.</summary>
    private List<PooledTransaction> RevalidationCandidates()
    {
        var all = new List<PooledTransaction>(_pool.Ready.Count + _pool.Future.Count);
        foreach (ReadyEntry entry in _pool.Ready.Entries)
            all.Add(entry.Transaction);
        foreach (WaitingTransaction waiting in _pool.Future.Entries)
            all.Add(waiting.Transaction);
        if (all.Count > _options.MaxRevalidationsPerBlock)
        {
            all.Sort(static (a, b) => a.ValidatedAt.CompareTo(b.ValidatedAt));
            all.RemoveRange(_options.MaxRevalidationsPerBlock, all.Count - _options.MaxRevalidationsPerBlock);
        }
        return all;
    }

    private void ValidateRevalidation(List<PooledTransaction> candidates, Hash256 at, ValidationOutcome[] outcomes)
    {
        if (candidates.Count == 1 || _options.ValidationParallelism <= 1)
        {
            for (int i = 0; i < candidates.Count; i++)
                outcomes[i] = Validate(candidates[i].Source, candidates[i].Data, at);
            return;
        }
        Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.ValidationParallelism }, i =>
            outcomes[i] = Validate(candidates[i].Source, candidates[i].Data, at));
    }

    /// <summary>
    /// Applies re-validation results (Substrate's <c>resubmit</c>): invalid transactions and their dependents leave the
    /// pool; the valid ones are re-imported with their new validity, and only status changes are told; under the lock.
    /// Candidates from index <paramref name="poolCandidates"/> on were pruned from the pool and are not in it.
    /// </summary>
    private void ApplyRevalidation(List<PooledTransaction> candidates, int poolCandidates, ValidationOutcome[] outcomes, ulong atNumber, List<Hash256> newReady)
    {
        var invalid = new List<Hash256>();
        var updated = new Dictionary<Hash256, PooledTransaction>();
        var order = new List<Hash256>();
        for (int i = 0; i < candidates.Count; i++)
        {
            PooledTransaction transaction = candidates[i];
            bool inPool = i < poolCandidates;
            // Skip transactions that changed while validating (removed, replaced or submitted anew).
            if (inPool ? !ReferenceEquals(_pool.Get(transaction.Hash), transaction) : _pool.IsImported(transaction.Hash))
                continue;
            ValidationOutcome outcome = outcomes[i];
            bool isInvalid = outcome.Failure is not null
                || (outcome.Validity.IsErr && outcome.Validity.ErrValue.IsInvalid)
                || (outcome.Validity.IsOk && outcome.Validity.OkValue.Provides.Length == 0);
            if (isInvalid)
            {
                if (inPool)
                {
                    invalid.Add(transaction.Hash);
                }
                else
                {
                    _rotator.Ban(transaction.Hash);
                    Fire(transaction.Hash, TransactionStatus.Invalid);
                }
                continue;
            }
            // Unknown validity keeps the transaction as it was: it may become decidable later.
            PooledTransaction next = outcome.Validity.IsOk ? transaction.Revalidated(outcome.Validity.OkValue, atNumber) : transaction;
            if (updated.TryAdd(transaction.Hash, next))
                order.Add(transaction.Hash);
        }

        foreach (PooledTransaction removed in _pool.RemoveSubtree(invalid))
        {
            _rotator.Ban(removed.Hash);
            Fire(removed.Hash, TransactionStatus.Invalid);
        }

        var outside = new HashSet<Hash256>();
        for (int i = poolCandidates; i < candidates.Count; i++)
            outside.Add(candidates[i].Hash);
        var initial = new Dictionary<Hash256, TransactionStatusKind>();
        var toImport = new List<PooledTransaction>();
        foreach (Hash256 hash in order)
        {
            if (initial.ContainsKey(hash))
                continue;
            if (!_pool.IsImported(hash))
            {
                // A pruned transaction coming back (it was ready before the block); a pool transaction missing now
                // went with an invalid one's subtree.
                if (outside.Contains(hash))
                {
                    initial[hash] = TransactionStatusKind.Ready;
                    toImport.Add(updated[hash]);
                }
                continue;
            }
            foreach (PooledTransaction removed in _pool.Ready.RemoveSubtree([hash]))
            {
                initial[removed.Hash] = TransactionStatusKind.Ready;
                toImport.Add(updated.GetValueOrDefault(removed.Hash, removed));
            }
            foreach (PooledTransaction removed in _pool.Future.Remove([hash]))
            {
                initial[removed.Hash] = TransactionStatusKind.Future;
                toImport.Add(updated.GetValueOrDefault(removed.Hash, removed));
            }
        }

        var final = new Dictionary<Hash256, TransactionStatusKind>();
        var finalOrder = new List<Hash256>();
        void SetFinal(Hash256 hash, TransactionStatusKind kind)
        {
            if (!final.ContainsKey(hash))
                finalOrder.Add(hash);
            final[hash] = kind;
        }
        foreach (PooledTransaction transaction in toImport)
        {
            if (_pool.Import(transaction, out ImportOutcome? outcome) is not null)
            {
                SetFinal(transaction.Hash, TransactionStatusKind.Invalid);
                continue;
            }
            if (!outcome!.IsReady)
            {
                SetFinal(transaction.Hash, TransactionStatusKind.Future);
                continue;
            }
            SetFinal(transaction.Hash, TransactionStatusKind.Ready);
            foreach (Hash256 promoted in outcome.Promoted)
                SetFinal(promoted, TransactionStatusKind.Ready);
            foreach (Hash256 failed in outcome.Failed)
                SetFinal(failed, TransactionStatusKind.Invalid);
            foreach (PooledTransaction replaced in outcome.Removed)
                SetFinal(replaced.Hash, TransactionStatusKind.Dropped);
        }

        foreach (Hash256 hash in finalOrder)
        {
            TransactionStatusKind kind = final[hash];
            if (initial.TryGetValue(hash, out TransactionStatusKind before) && before == kind)
                continue;
            switch (kind)
            {
                case TransactionStatusKind.Ready:
                    Fire(hash, TransactionStatus.Ready);
                    newReady.Add(hash);
                    break;
                case TransactionStatusKind.Future:
                    Fire(hash, TransactionStatus.Future);
                    break;
                case TransactionStatusKind.Dropped:
                    Fire(hash, TransactionStatus.Dropped);
                    break;
                default:
                    Fire(hash, TransactionStatus.Invalid);
                    break;
            }
        }
        EnforceLimits();
    }
}
