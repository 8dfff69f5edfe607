using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

public sealed partial class TransactionPool
{
    /// <summary>Counts and bytes of the ready and future queues.</summary>
    public TransactionPoolStatus Status
    {
        get
        {
            lock (_lock)
                return _pool.Status;
        }
    }

    /// <summary>The ready transactions in block-building order, as of now (a snapshot the caller iterates alone).</summary>
    public BestIterator Ready()
    {
        lock (_lock)
            return _pool.Ready.Best();
    }

    /// <summary>The ready transactions' encodings in block-building order (<c>author_pendingExtrinsics</c>).</summary>
    public List<byte[]> PendingExtrinsics()
    {
        var pending = new List<byte[]>();
        foreach (PooledTransaction transaction in Ready())
            pending.Add(transaction.Data);
        return pending;
    }

    /// <summary>The ready or future transaction with this hash, or null.</summary>
    public PooledTransaction? Get(Hash256 hash)
    {
        lock (_lock)
            return _pool.Get(hash);
    }

    public bool Contains(Hash256 hash)
    {
        lock (_lock)
            return _pool.IsImported(hash);
    }

    /// <summary>Whether the transaction is temporarily refused.</summary>
    public bool IsBanned(Hash256 hash)
    {
        lock (_lock)
            return _rotator.IsBanned(hash);
    }

    /// <summary>
    /// Removes the transactions and everything depending on them as invalid (<c>author_removeExtrinsic</c>, Substrate's
    /// <c>remove_invalid</c>): they are banned and their watchers get Invalid. Returns the hashes actually removed.
    /// </summary>
    public List<Hash256> Remove(IReadOnlyCollection<Hash256> hashes)
    {
        var removed = new List<Hash256>();
        lock (_lock)
        {
            foreach (PooledTransaction transaction in _pool.RemoveSubtree(hashes))
            {
                _rotator.Ban(transaction.Hash);
                Fire(transaction.Hash, TransactionStatus.Invalid);
                removed.Add(transaction.Hash);
            }
        }
        return removed;
    }

    /// <summary>Like <see cref="Remove"/>, for the transactions providing any of <paramref name="tags"/>.</summary>
    public List<Hash256> RemoveProviding(IReadOnlyCollection<byte[]> tags)
    {
        var hashes = new List<Hash256>();
        lock (_lock)
        {
            var wanted = new HashSet<byte[]>(tags, Kusama.State.ByteKeyComparer.Instance);
            foreach (ReadyEntry entry in _pool.Ready.Entries)
                AddIfProviding(entry.Transaction, wanted, hashes);
            foreach (WaitingTransaction waiting in _pool.Future.Entries)
                AddIfProviding(waiting.Transaction, wanted, hashes);
        }
        return Remove(hashes);
    }

    private static void AddIfProviding(PooledTransaction transaction, HashSet<byte[]> tags, List<Hash256> hashes)
    {
        foreach (byte[] tag in transaction.Provides)
        {
            if (tags.Contains(tag))
            {
                hashes.Add(transaction.Hash);
                return;
            }
        }
    }
}
