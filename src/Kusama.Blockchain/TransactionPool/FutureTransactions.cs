using Kusama.Core;
using Kusama.State;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// The future queue (sc-transaction-pool <c>FutureTransactions</c>): transactions waiting for tags that no ready
/// transaction provides yet, indexed by the tags they wait for. Not thread-safe.
/// </summary>
internal sealed class FutureTransactions
{
    private readonly Dictionary<byte[], HashSet<Hash256>> _wanted = new(ByteKeyComparer.Instance);
    private readonly Dictionary<Hash256, WaitingTransaction> _waiting = [];

    public int Count => _waiting.Count;

    public long Bytes { get; private set; }

    public bool Contains(Hash256 hash) => _waiting.ContainsKey(hash);

    public PooledTransaction? Get(Hash256 hash) => _waiting.TryGetValue(hash, out WaitingTransaction? waiting) ? waiting.Transaction : null;

    public Dictionary<Hash256, WaitingTransaction>.ValueCollection Entries => _waiting.Values;

    public void Import(WaitingTransaction waiting)
    {
        Hash256 hash = waiting.Transaction.Hash;
        foreach (byte[] tag in waiting.MissingTags)
        {
            if (!_wanted.TryGetValue(tag, out HashSet<Hash256>? hashes))
                _wanted.Add(tag, hashes = []);
            hashes.Add(hash);
        }
        _waiting.Add(hash, waiting);
        Bytes += waiting.Transaction.Bytes;
    }

    /// <summary>Marks the tags as provided; returns (and removes) the transactions that now have everything they need.</summary>
    public List<WaitingTransaction> SatisfyTags(IEnumerable<byte[]> tags)
    {
        var nowReady = new List<WaitingTransaction>();
        foreach (byte[] tag in tags)
        {
            if (!_wanted.Remove(tag, out HashSet<Hash256>? hashes))
                continue;
            foreach (Hash256 hash in hashes)
            {
                if (!_waiting.TryGetValue(hash, out WaitingTransaction? waiting))
                    continue;
                waiting.SatisfyTag(tag);
                if (waiting.IsReady)
                {
                    _waiting.Remove(hash);
                    Bytes -= waiting.Transaction.Bytes;
                    nowReady.Add(waiting);
                }
            }
        }
        return nowReady;
    }

    public List<PooledTransaction> Remove(IEnumerable<Hash256> hashes)
    {
        var removed = new List<PooledTransaction>();
        foreach (Hash256 hash in hashes)
        {
            if (!_waiting.Remove(hash, out WaitingTransaction? waiting))
                continue;
            Bytes -= waiting.Transaction.Bytes;
            foreach (byte[] tag in waiting.MissingTags)
            {
                if (_wanted.TryGetValue(tag, out HashSet<Hash256>? waiters))
                {
                    waiters.Remove(hash);
                    if (waiters.Count == 0)
                        _wanted.Remove(tag);
                }
            }
            removed.Add(waiting.Transaction);
        }
        return removed;
    }

    /// <summary>Removes the transactions providing any of <paramref name="tags"/> (something included took their place).</summary>
    public List<PooledTransaction> PruneTags(IReadOnlyCollection<byte[]> tags)
    {
        var tagSet = new HashSet<byte[]>(tags, ByteKeyComparer.Instance);
        var toRemove = new List<Hash256>();
        foreach (WaitingTransaction waiting in _waiting.Values)
        {
            foreach (byte[] provided in waiting.Transaction.Provides)
            {
                if (tagSet.Contains(provided))
                {
                    toRemove.Add(waiting.Transaction.Hash);
                    break;
                }
            }
        }
        return Remove(toRemove);
    }

    /// <summary>The transaction to drop first when the queue is over its limit: the one waiting longest.</summary>
    public PooledTransaction? Worst()
    {
        WaitingTransaction? worst = null;
        foreach (WaitingTransaction waiting in _waiting.Values)
        {
            if (worst is null || waiting.ImportedOrder < worst.ImportedOrder)
                worst = waiting;
        }
        return worst?.Transaction;
    }
}
