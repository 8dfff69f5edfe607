using System.Collections;
using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// Ready transactions in block-building order (sc-transaction-pool <c>BestIterator</c>): never one before the
/// transactions providing its required tags; among those available, the highest priority first, then the one valid for
/// the shorter time, then the oldest. A snapshot of the ready queue, used by one thread. The block builder reports a
/// transaction that failed to apply with <see cref="ReportInvalid"/> so that everything depending on it is skipped.
/// </summary>
public sealed class BestIterator : IEnumerator<PooledTransaction>, IEnumerable<PooledTransaction>
{
    private readonly Dictionary<Hash256, ReadySnapshotEntry> _all;
    private readonly SortedSet<ReadyOrder> _best;
    // Unlocked transactions still waiting for more of their requirements: how many are met so far.
    private readonly Dictionary<Hash256, int> _awaiting = [];
    private readonly HashSet<Hash256> _invalid = [];
    private PooledTransaction? _current;

    internal BestIterator(Dictionary<Hash256, ReadySnapshotEntry> all, SortedSet<ReadyOrder> best)
    {
        _all = all;
        _best = best;
    }

    public PooledTransaction Current => _current ?? throw new InvalidOperationException("MoveNext has not returned true");

    object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        while (_best.Count > 0)
        {
            ReadyOrder best = _best.Min;
            _best.Remove(best);
            if (_invalid.Contains(best.Hash) || !_all.TryGetValue(best.Hash, out ReadySnapshotEntry? entry))
                continue;

            foreach (Hash256 unlocked in entry.Unlocks)
            {
                int satisfied;
                if (_awaiting.Remove(unlocked, out int met))
                    satisfied = met + 1;
                else if (_all.TryGetValue(unlocked, out ReadySnapshotEntry? next))
                    satisfied = next.RequiresOffset + 1;
                else
                    continue;
                ReadySnapshotEntry dependent = _all[unlocked];
                if (satisfied >= dependent.Transaction.Requires.Length)
                    _best.Add(dependent.Order);
                else
                    _awaiting[unlocked] = satisfied;
            }
            _current = entry.Transaction;
            return true;
        }
        _current = null;
        return false;
    }

    /// <summary>
    /// The block builder could not include <paramref name="transaction"/>: skip the transactions it unlocks (and so,
    /// transitively, everything depending on it). No effect for a transaction this iterator does not know.
    /// </summary>
    public void ReportInvalid(PooledTransaction transaction)
    {
        if (!_all.TryGetValue(transaction.Hash, out ReadySnapshotEntry? entry))
            return;
        foreach (Hash256 unlocked in entry.Unlocks)
            _invalid.Add(unlocked);
    }

    void IEnumerator.Reset() => throw new NotSupportedException("a best iterator runs once");

    public void Dispose()
    {
    }

    public IEnumerator<PooledTransaction> GetEnumerator() => this;

    IEnumerator IEnumerable.GetEnumerator() => this;
}
