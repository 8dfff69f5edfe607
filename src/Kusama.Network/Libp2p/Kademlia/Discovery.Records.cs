using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Libp2p.Kademlia;

public sealed partial class Discovery
{
    /// <summary>
    /// Finds the record under <paramref name="key"/> as rust-libp2p's get_record with Quorum::One: our own store first, then
    /// an iterative GET_VALUE lookup (α = <see cref="Parallelism"/>, k = <see cref="KBucketsTable.K"/>) that stops at the
    /// first record a peer returns. Null when none of the closest peers has it.
    /// </summary>
    public async Task<KademliaRecord?> GetValueAsync(byte[] key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Store.TryGet(key, out KademliaRecord? local)) return local;
        KademliaRecord? found = null;
        await RunLookupAsync(key, async (connection, token) =>
        {
            KademliaMessage response = await Protocol.GetValueAsync(connection, key, token).ConfigureAwait(false);
            if (response.Record is KademliaRecord record) Interlocked.CompareExchange(ref found, record, null);
            return response.CloserPeers;
        }, finished: () => Volatile.Read(ref found) is not null, cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// Publishes <paramref name="record"/> as rust-libp2p's put_record: stores it locally with us as publisher and a TTL of
    /// <see cref="KademliaRecordStore.RecordTtl"/>, finds the <see cref="KBucketsTable.K"/> peers closest to its key (FIND_NODE
    /// lookup) and sends PUT_VALUE to each. Returns how many of them acknowledged it.
    /// </summary>
    /// <exception cref="ArgumentException">The record does not fit in one kad message, or our store refuses it.</exception>
    public async Task<int> PutValueAsync(KademliaRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        record = record with { Publisher = _host.LocalPeerId, Ttl = (uint)KademliaRecordStore.RecordTtl.TotalSeconds };
        int size = new KademliaMessage { Type = KademliaMessageType.PutValue, Key = record.Key, Record = record }.Encode().Length;
        if (size > KademliaMessage.MaxMessageSize)
            throw new ArgumentException($"a PUT_VALUE of {size} bytes exceeds the {KademliaMessage.MaxMessageSize}-byte message limit", nameof(record));
        KademliaStoreResult stored = Store.Put(record, Store.TimeProvider.GetUtcNow() + KademliaRecordStore.RecordTtl);
        if (stored != KademliaStoreResult.Stored) throw new ArgumentException($"the record was not stored locally: {stored}", nameof(record));

        List<LookupCandidate> closest = await RunLookupAsync(record.Key,
            (connection, token) => Protocol.FindNodeAsync(connection, record.Key, token), finished: null, cancellationToken).ConfigureAwait(false);
        var puts = new Task[closest.Count];
        for (int i = 0; i < closest.Count; i++) puts[i] = PutToAsync(closest[i], record, cancellationToken);
        try
        {
            await Task.WhenAll(puts).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A peer that refuses or cannot be reached simply does not count.
        }
        cancellationToken.ThrowIfCancellationRequested();
        int acknowledged = 0;
        foreach (Task put in puts)
            if (put.IsCompletedSuccessfully) acknowledged++;
        return acknowledged;
    }

    private async Task PutToAsync(LookupCandidate candidate, KademliaRecord record, CancellationToken cancellationToken)
    {
        Libp2pConnection connection = await ConnectAsync(candidate, cancellationToken).ConfigureAwait(false);
        await Protocol.PutValueAsync(connection, record, cancellationToken).ConfigureAwait(false);
    }
}
