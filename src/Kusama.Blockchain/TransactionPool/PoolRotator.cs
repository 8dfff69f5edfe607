using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// Temporary bans (sc-transaction-pool <c>PoolRotator</c>): a transaction that was invalid, included, stale or dropped is
/// refused for the ban time, so a peer gossiping it back costs no re-validation. Not thread-safe.
/// </summary>
internal sealed class PoolRotator(TimeProvider time, TimeSpan banTime)
{
    private readonly Dictionary<Hash256, DateTimeOffset> _bannedUntil = [];

    public int Count => _bannedUntil.Count;

    public void Ban(Hash256 hash) => _bannedUntil[hash] = time.GetUtcNow() + banTime;

    public bool IsBanned(Hash256 hash) => _bannedUntil.TryGetValue(hash, out DateTimeOffset until) && until > time.GetUtcNow();

    /// <summary>Bans and reports true if the transaction's longevity ended at block <paramref name="blockNumber"/>.</summary>
    public bool BanIfStale(ulong blockNumber, PooledTransaction transaction)
    {
        if (transaction.ValidTill > blockNumber)
            return false;
        Ban(transaction.Hash);
        return true;
    }

    /// <summary>Forgets expired bans.</summary>
    public void ClearTimeouts()
    {
        DateTimeOffset now = time.GetUtcNow();
        List<Hash256>? expired = null;
        foreach ((Hash256 hash, DateTimeOffset until) in _bannedUntil)
        {
            if (until <= now)
                (expired ??= []).Add(hash);
        }
        if (expired is not null)
        {
            foreach (Hash256 hash in expired)
                _bannedUntil.Remove(hash);
        }
    }
}
