using Kusama.Core;
using Kusama.State;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// The ready queue (sc-transaction-pool <c>ReadyTransactions</c>): transactions whose required tags are all provided,
/// linked to the ready transactions they unlock; each tag is provided by at most one of them. Not thread-safe.
/// </summary>
internal sealed class ReadyTransactions
{
    private readonly Dictionary<byte[], Hash256> _providedTags = new(ByteKeyComparer.Instance);
    private readonly Dictionary<Hash256, ReadyEntry> _ready = [];
    // Transactions needing no other ready transaction first: where a block starts.
    private readonly SortedSet<ReadyOrder> _best = [];
    private ulong _insertionId;

    public IReadOnlyDictionary<byte[], Hash256> ProvidedTags => _providedTags;

    public int Count => _ready.Count;

    public long Bytes { get; private set; }

    public bool Contains(Hash256 hash) => _ready.ContainsKey(hash);

    public PooledTransaction? Get(Hash256 hash) => _ready.TryGetValue(hash, out ReadyEntry? entry) ? entry.Transaction : null;

    public Dictionary<Hash256, ReadyEntry>.ValueCollection Entries => _ready.Values;

    /// <summary>
    /// Adds a transaction whose requirements are all met. A transaction providing a tag some ready ones provide replaces
    /// them (and what only they unlocked) iff its priority beats their summed priority; <paramref name="replaced"/> gets them.
    /// </summary>
    public TransactionPoolError? Import(PooledTransaction transaction, out List<PooledTransaction> replaced)
    {
        TransactionPoolError? error = ReplacePrevious(transaction, out replaced, out List<Hash256> unlocks);
        if (error is not null)
            return error;

        Hash256 hash = transaction.Hash;
        bool goesToBest = true;
        int requiresOffset = 0;
        foreach (byte[] tag in transaction.Requires)
        {
            if (_providedTags.TryGetValue(tag, out Hash256 provider))
            {
                _ready[provider].Unlocks.Add(hash);
                goesToBest = false;
            }
            else
            {
                requiresOffset++;
            }
        }
        foreach (byte[] tag in transaction.Provides)
            _providedTags[tag] = hash;

        var order = new ReadyOrder(transaction.Priority, transaction.ValidTill, ++_insertionId, hash);
        if (goesToBest)
            _best.Add(order);
        _ready.Add(hash, new ReadyEntry(transaction, order, unlocks, requiresOffset));
        Bytes += transaction.Bytes;
        return null;
    }

    private TransactionPoolError? ReplacePrevious(PooledTransaction transaction, out List<PooledTransaction> replaced, out List<Hash256> unlocks)
    {
        replaced = [];
        unlocks = [];
        List<Hash256>? replaceHashes = null;
        foreach (byte[] tag in transaction.Provides)
        {
            if (_providedTags.TryGetValue(tag, out Hash256 provider))
            {
                replaceHashes ??= [];
                if (!replaceHashes.Contains(provider))
                    replaceHashes.Add(provider);
            }
        }
        if (replaceHashes is null)
            return null;

        ulong oldPriority = 0;
        foreach (Hash256 hash in replaceHashes)
        {
            ulong priority = _ready[hash].Transaction.Priority;
            oldPriority = oldPriority + priority < oldPriority ? ulong.MaxValue : oldPriority + priority;
        }
        if (oldPriority >= transaction.Priority)
            return TransactionPoolError.TooLowPriority(oldPriority, transaction.Priority);

        foreach (Hash256 hash in replaceHashes)
            unlocks.AddRange(_ready[hash].Unlocks);
        var keep = new HashSet<byte[]>(transaction.Provides, ByteKeyComparer.Instance);
        replaced = RemoveSubtree(replaceHashes, keep);
        return null;
    }

    /// <summary>
    /// Removes the transactions and everything that depends on them. With <paramref name="keptTags"/> (tags that stay
    /// provided by a replacement) a branch is followed only if the removed transaction provided some other tag.
    /// </summary>
    public List<PooledTransaction> RemoveSubtree(IEnumerable<Hash256> hashes, HashSet<byte[]>? keptTags = null)
    {
        var removed = new List<PooledTransaction>();
        var toRemove = new Stack<Hash256>(hashes);
        while (toRemove.TryPop(out Hash256 hash))
        {
            if (!_ready.Remove(hash, out ReadyEntry? entry))
                continue;
            PooledTransaction transaction = entry.Transaction;
            Bytes -= transaction.Bytes;
            bool removedSomeTags = false;
            foreach (byte[] tag in transaction.Provides)
            {
                if (keptTags is not null && keptTags.Contains(tag))
                    continue;
                removedSomeTags = true;
                _providedTags.Remove(tag);
            }
            foreach (byte[] tag in transaction.Requires)
            {
                if (_providedTags.TryGetValue(tag, out Hash256 provider) && _ready.TryGetValue(provider, out ReadyEntry? unlocking))
                    unlocking.Unlocks.Remove(hash);
            }
            _best.Remove(entry.Order);
            if (removedSomeTags)
            {
                foreach (Hash256 dependent in entry.Unlocks)
                    toRemove.Push(dependent);
            }
            removed.Add(transaction);
        }
        return removed;
    }

    /// <summary>
    /// Removes the transaction providing <paramref name="tag"/> (it was included) and, eagerly, the ready transactions it
    /// needed that unlock nothing else; what it unlocked stays and moves to the front when nothing else is needed first.
    /// </summary>
    public List<PooledTransaction> PruneTag(byte[] tag)
    {
        var removed = new List<PooledTransaction>();
        var toRemove = new Stack<byte[]>();
        toRemove.Push(tag);
        while (toRemove.TryPop(out byte[]? current))
        {
            if (!_providedTags.Remove(current, out Hash256 hash) || !_ready.Remove(hash, out ReadyEntry? entry))
                continue;
            PooledTransaction transaction = entry.Transaction;
            Bytes -= transaction.Bytes;
            _best.Remove(entry.Order);

            foreach (byte[] required in transaction.Requires)
            {
                if (_providedTags.TryGetValue(required, out Hash256 previousHash) && _ready.TryGetValue(previousHash, out ReadyEntry? previous))
                {
                    previous.Unlocks.Remove(hash);
                    if (previous.Unlocks.Count == 0)
                    {
                        foreach (byte[] previousTag in previous.Transaction.Provides)
                            toRemove.Push(previousTag);
                    }
                }
            }

            foreach (Hash256 unlocked in entry.Unlocks)
            {
                if (_ready.TryGetValue(unlocked, out ReadyEntry? next))
                {
                    next.RequiresOffset++;
                    if (next.RequiresOffset == next.Transaction.Requires.Length)
                        _best.Add(next.Order);
                }
            }

            foreach (byte[] provided in transaction.Provides)
                _providedTags.Remove(provided);
            removed.Add(transaction);
        }
        return removed;
    }

    /// <summary>A snapshot iterator in block-building order, independent of later changes to the queue.</summary>
    public BestIterator Best()
    {
        var all = new Dictionary<Hash256, ReadySnapshotEntry>(_ready.Count);
        foreach (ReadyEntry entry in _ready.Values)
            all.Add(entry.Transaction.Hash, new ReadySnapshotEntry(entry.Transaction, entry.Order, [.. entry.Unlocks], entry.RequiresOffset));
        return new BestIterator(all, new SortedSet<ReadyOrder>(_best));
    }

    /// <summary>
    /// The transaction to drop first when the queue is over its limit: the lowest priority, and among equals the one
    /// inserted earliest (Substrate keeps the newer ones).
    /// </summary>
    public PooledTransaction? Worst()
    {
        ReadyEntry? worst = null;
        foreach (ReadyEntry entry in _ready.Values)
        {
            if (worst is null
                || entry.Transaction.Priority < worst.Transaction.Priority
                || (entry.Transaction.Priority == worst.Transaction.Priority && entry.Order.InsertionId < worst.Order.InsertionId))
            {
                worst = entry;
            }
        }
        return worst?.Transaction;
    }
}
