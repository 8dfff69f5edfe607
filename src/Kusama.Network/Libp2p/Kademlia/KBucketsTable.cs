using System.Diagnostics.CodeAnalysis;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// The Kademlia routing table: 256 buckets of up to <see cref="K"/> peers by XOR distance of their key to ours (our own id is
/// never stored). As rust-libp2p's k-buckets, each bucket lists its disconnected entries before its connected ones, each
/// group least recently (dis)connected first. A connected newcomer to a full bucket whose first entry is disconnected
/// becomes the bucket's pending entry; after <see cref="PendingTimeout"/> it replaces that first entry if it is still
/// disconnected, and is dropped if the entry reconnected (a connected entry keeps its place). A disconnected newcomer to a
/// full bucket is refused. Time comes from an injectable <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
public sealed class KBucketsTable
{
    /// <summary>Peers per bucket and peers returned per lookup (Substrate's replication factor).</summary>
    public const int K = 20;

    /// <summary>Buckets, one per bit of the 256-bit key space.</summary>
    public const int BucketCount = 256;

    /// <summary>Addresses kept per peer; older ones are dropped first.</summary>
    public const int MaxAddressesPerPeer = 10;

    /// <summary>How long a pending entry waits before it may replace a bucket's least-recently-connected entry (rust's 60 s).</summary>
    public static readonly TimeSpan PendingTimeout = TimeSpan.FromSeconds(60);

    private readonly List<KBucketEntry>[] _buckets = new List<KBucketEntry>[BucketCount];
    private readonly KBucketEntry?[] _pending = new KBucketEntry?[BucketCount];
    private readonly DateTimeOffset[] _pendingReplaceAt = new DateTimeOffset[BucketCount];
    private readonly Dictionary<PeerId, KBucketEntry> _entries = [];
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>A table centred on <paramref name="localPeerId"/>, timing pending entries with <paramref name="timeProvider"/> (the system clock by default).</summary>
    public KBucketsTable(PeerId localPeerId, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(localPeerId);
        LocalPeerId = localPeerId;
        LocalKey = KademliaKey.FromPeerId(localPeerId);
        _time = timeProvider ?? TimeProvider.System;
        for (int i = 0; i < BucketCount; i++) _buckets[i] = [];
    }

    /// <summary>Our own PeerId.</summary>
    public PeerId LocalPeerId { get; }

    /// <summary>
    /// Raised (outside the table's lock) when a newcomer becomes a bucket's pending entry, with the disconnected entry it
    /// waits to replace: rust-libp2p dials that entry, whose reconnection keeps its place.
    /// </summary>
    public event Action<PeerId, PeerId>? PendingEntryAdded;

    /// <summary>Our own key.</summary>
    public KademliaKey LocalKey { get; }

    /// <summary>The number of peers in the table (pending entries not included).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                ApplyAllPending();
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// Inserts <paramref name="peerId"/> or merges <paramref name="addresses"/> into its entry (a connected peer becomes the
    /// most recently connected); true when the peer is in the table afterwards, false for ourselves, no addresses, a full
    /// bucket, or a newcomer that became (or already is) the bucket's pending entry.
    /// </summary>
    public bool AddOrUpdate(PeerId peerId, IEnumerable<Multiaddr> addresses, bool isConnected)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        ArgumentNullException.ThrowIfNull(addresses);
        if (peerId == LocalPeerId) return false;
        var key = KademliaKey.FromPeerId(peerId);
        int index = BucketIndexOf(key);
        PeerId? waitingFor = null;
        lock (_lock)
        {
            ApplyPending(index);
            if (_entries.TryGetValue(peerId, out KBucketEntry? entry))
            {
                MergeAddresses(entry, addresses);
                if (isConnected) UpdateStatus(index, entry, isConnected: true);
                return true;
            }
            if (_pending[index] is KBucketEntry pending && pending.PeerId == peerId)
            {
                MergeAddresses(pending, addresses);
                pending.IsConnected |= isConnected;
                return false;
            }
            entry = new KBucketEntry(peerId, key);
            MergeAddresses(entry, addresses);
            if (entry.Addresses.Count == 0) return false;
            entry.IsConnected = isConnected;
            List<KBucketEntry> bucket = _buckets[index];
            if (bucket.Count < K)
            {
                Place(bucket, entry);
                _entries.Add(peerId, entry);
                return true;
            }
            // Only a connected newcomer may wait for a disconnected entry's slot, one at a time, as in rust-libp2p.
            if (isConnected && !bucket[0].IsConnected && _pending[index] is null)
            {
                _pending[index] = entry;
                _pendingReplaceAt[index] = _time.GetUtcNow() + PendingTimeout;
                waitingFor = bucket[0].PeerId;
            }
        }
        if (waitingFor is not null) PendingEntryAdded?.Invoke(peerId, waitingFor);
        return false;
    }

    /// <summary>
    /// Records whether we are connected to <paramref name="peerId"/>: it moves to the most recent end of its group, and a
    /// bucket's least-recently-connected entry that reconnects cancels the bucket's pending entry.
    /// </summary>
    public void SetConnected(PeerId peerId, bool isConnected)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        int index = BucketIndexOf(KademliaKey.FromPeerId(peerId));
        if (index < 0) return;
        lock (_lock)
        {
            ApplyPending(index);
            if (_entries.TryGetValue(peerId, out KBucketEntry? entry)) UpdateStatus(index, entry, isConnected);
            else if (_pending[index] is KBucketEntry pending && pending.PeerId == peerId) pending.IsConnected = isConnected;
        }
    }

    /// <summary>Removes <paramref name="peerId"/> (or the pending entry it is); true when it was in the table.</summary>
    public bool Remove(PeerId peerId)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        int index = BucketIndexOf(KademliaKey.FromPeerId(peerId));
        if (index < 0) return false;
        lock (_lock)
        {
            if (_pending[index] is KBucketEntry pending && pending.PeerId == peerId) _pending[index] = null;
            if (!_entries.Remove(peerId, out KBucketEntry? entry)) return false;
            _buckets[index].Remove(entry);
            return true;
        }
    }

    /// <summary>Whether <paramref name="peerId"/> is in the table (a pending entry is not, until it replaces one).</summary>
    public bool Contains(PeerId peerId)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        int index = BucketIndexOf(KademliaKey.FromPeerId(peerId));
        if (index < 0) return false;
        lock (_lock)
        {
            ApplyPending(index);
            return _entries.ContainsKey(peerId);
        }
    }

    /// <summary>Whether <paramref name="peerId"/> is waiting as its bucket's pending entry.</summary>
    public bool IsPending(PeerId peerId)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        int index = BucketIndexOf(KademliaKey.FromPeerId(peerId));
        if (index < 0) return false;
        lock (_lock)
        {
            ApplyPending(index);
            return _pending[index]?.PeerId == peerId;
        }
    }

    /// <summary>The known addresses of <paramref name="peerId"/> (a copy), if it is in the table.</summary>
    public bool TryGetAddresses(PeerId peerId, [NotNullWhen(true)] out IReadOnlyList<Multiaddr>? addresses)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(peerId, out KBucketEntry? entry))
            {
                addresses = entry.Addresses.ToArray();
                return true;
            }
        }
        addresses = null;
        return false;
    }

    /// <summary>
    /// How many peers of the table are closer to <paramref name="target"/> than we are: rust-libp2p's count_nodes_between,
    /// which shortens a received record's lifetime the farther we are from its key.
    /// </summary>
    public int CountCloserThanLocal(KademliaKey target)
    {
        KademliaDistance ours = LocalKey.DistanceTo(target);
        int count = 0;
        lock (_lock)
        {
            foreach (KBucketEntry entry in _entries.Values)
                if (entry.Key.DistanceTo(target) < ours) count++;
        }
        return count;
    }

    /// <summary>Up to <paramref name="count"/> peers closest to <paramref name="target"/>, closest first, never <paramref name="excluded"/>.</summary>
    public IReadOnlyList<KademliaPeer> ClosestPeers(KademliaKey target, int count = K, PeerId? excluded = null)
    {
        (KademliaDistance Distance, KBucketEntry Entry)[] candidates;
        int n = 0;
        lock (_lock)
        {
            ApplyAllPending();
            candidates = new (KademliaDistance, KBucketEntry)[_entries.Count];
            foreach (KBucketEntry entry in _entries.Values)
                if (entry.PeerId != excluded) candidates[n++] = (entry.Key.DistanceTo(target), entry);
            Array.Sort(candidates, 0, n, DistanceComparer.Instance);
            int take = Math.Min(count, n);
            var result = new KademliaPeer[take];
            for (int i = 0; i < take; i++)
            {
                KBucketEntry entry = candidates[i].Entry;
                result[i] = new KademliaPeer(entry.PeerId, entry.Addresses.ToArray(),
                    entry.IsConnected ? KademliaConnectionType.Connected : KademliaConnectionType.NotConnected);
            }
            return result;
        }
    }

    private int BucketIndexOf(KademliaKey key) => key.DistanceTo(LocalKey).BucketIndex;

    // Disconnected entries go before the first connected one, connected ones at the end: most recent last in each group.
    private static void Place(List<KBucketEntry> bucket, KBucketEntry entry)
    {
        if (entry.IsConnected)
        {
            bucket.Add(entry);
            return;
        }
        int firstConnected = bucket.FindIndex(static e => e.IsConnected);
        bucket.Insert(firstConnected < 0 ? bucket.Count : firstConnected, entry);
    }

    private void UpdateStatus(int index, KBucketEntry entry, bool isConnected)
    {
        List<KBucketEntry> bucket = _buckets[index];
        int position = bucket.IndexOf(entry);
        if (position == 0 && isConnected) _pending[index] = null;
        bucket.RemoveAt(position);
        entry.IsConnected = isConnected;
        Place(bucket, entry);
    }

    private void ApplyAllPending()
    {
        for (int i = 0; i < BucketCount; i++)
            if (_pending[i] is not null) ApplyPending(i);
    }

    // Called under the lock before a bucket is read or changed, as rust applies pending entries on access.
    private void ApplyPending(int index)
    {
        if (_pending[index] is not KBucketEntry pending || _time.GetUtcNow() < _pendingReplaceAt[index]) return;
        _pending[index] = null;
        List<KBucketEntry> bucket = _buckets[index];
        if (bucket.Count >= K)
        {
            if (bucket[0].IsConnected) return;
            _entries.Remove(bucket[0].PeerId);
            bucket.RemoveAt(0);
        }
        Place(bucket, pending);
        _entries.Add(pending.PeerId, pending);
    }

    private static void MergeAddresses(KBucketEntry entry, IEnumerable<Multiaddr> addresses)
    {
        foreach (Multiaddr address in addresses)
        {
            Multiaddr plain = address.WithoutPeerId();
            // Re-adding moves the address to the newest end, so the ones dropped at the cap are the stalest.
            entry.Addresses.Remove(plain);
            entry.Addresses.Add(plain);
            if (entry.Addresses.Count > MaxAddressesPerPeer) entry.Addresses.RemoveAt(0);
        }
    }

    private sealed class DistanceComparer : IComparer<(KademliaDistance Distance, KBucketEntry Entry)>
    {
        public static readonly DistanceComparer Instance = new();

        public int Compare((KademliaDistance Distance, KBucketEntry Entry) x, (KademliaDistance Distance, KBucketEntry Entry) y) =>
            x.Distance.CompareTo(y.Distance);
    }
}
