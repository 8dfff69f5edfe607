using System.Diagnostics.CodeAnalysis;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Kademlia;

/// <summary>
/// The Kademlia routing table: 256 buckets of up to <see cref="K"/> peers by XOR distance of their key to ours (our own id is
/// never stored). Each bucket is ordered least-recently-seen first. A full bucket keeps its entries unless one is known to
/// be disconnected, in which case the least-recently-seen disconnected entry makes room; rust-libp2p instead pings the
/// oldest entry and keeps a pending candidate, which we simplify away. Thread-safe.
/// </summary>
public sealed class KBucketsTable
{
    /// <summary>Peers per bucket and peers returned per lookup (Substrate's replication factor).</summary>
    public const int K = 20;

    /// <summary>Buckets, one per bit of the 256-bit key space.</summary>
    public const int BucketCount = 256;

    /// <summary>Addresses kept per peer; older ones are dropped first.</summary>
    public const int MaxAddressesPerPeer = 10;

    private readonly List<KBucketEntry>[] _buckets = new List<KBucketEntry>[BucketCount];
    private readonly Dictionary<PeerId, KBucketEntry> _entries = [];
    private readonly Lock _lock = new();

    /// <summary>A table centred on <paramref name="localPeerId"/>.</summary>
    public KBucketsTable(PeerId localPeerId)
    {
        ArgumentNullException.ThrowIfNull(localPeerId);
        LocalPeerId = localPeerId;
        LocalKey = KademliaKey.FromPeerId(localPeerId);
        for (int i = 0; i < BucketCount; i++) _buckets[i] = [];
    }

    /// <summary>Our own PeerId.</summary>
    public PeerId LocalPeerId { get; }

    /// <summary>Our own key.</summary>
    public KademliaKey LocalKey { get; }

    /// <summary>The number of peers in the table.</summary>
    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    /// <summary>
    /// Inserts <paramref name="peerId"/> or merges <paramref name="addresses"/> into its entry and marks it most recently seen;
    /// true when the peer is in the table afterwards (false for ourselves, no addresses, or a full bucket).
    /// </summary>
    public bool AddOrUpdate(PeerId peerId, IEnumerable<Multiaddr> addresses, bool isConnected)
    {
        ArgumentNullException.ThrowIfNull(peerId);
        ArgumentNullException.ThrowIfNull(addresses);
        if (peerId == LocalPeerId) return false;
        lock (_lock)
        {
            if (!_entries.TryGetValue(peerId, out KBucketEntry? entry))
            {
                var key = KademliaKey.FromPeerId(peerId);
                entry = new KBucketEntry(peerId, key);
                MergeAddresses(entry, addresses);
                if (entry.Addresses.Count == 0) return false;
                List<KBucketEntry> bucket = BucketOf(key);
                if (bucket.Count >= K)
                {
                    int victim = bucket.FindIndex(e => !e.IsConnected);
                    if (victim < 0) return false;
                    _entries.Remove(bucket[victim].PeerId);
                    bucket.RemoveAt(victim);
                }
                entry.IsConnected = isConnected;
                bucket.Add(entry);
                _entries.Add(peerId, entry);
                return true;
            }
            MergeAddresses(entry, addresses);
            entry.IsConnected |= isConnected;
            Touch(entry);
            return true;
        }
    }

    /// <summary>Records whether we are connected to <paramref name="peerId"/> (a connected peer is also most recently seen).</summary>
    public void SetConnected(PeerId peerId, bool isConnected)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(peerId, out KBucketEntry? entry)) return;
            entry.IsConnected = isConnected;
            if (isConnected) Touch(entry);
        }
    }

    /// <summary>Removes <paramref name="peerId"/>; true when it was present.</summary>
    public bool Remove(PeerId peerId)
    {
        lock (_lock)
        {
            if (!_entries.Remove(peerId, out KBucketEntry? entry)) return false;
            BucketOf(entry.Key).Remove(entry);
            return true;
        }
    }

    /// <summary>Whether <paramref name="peerId"/> is in the table.</summary>
    public bool Contains(PeerId peerId)
    {
        lock (_lock) return _entries.ContainsKey(peerId);
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

    /// <summary>Up to <paramref name="count"/> peers closest to <paramref name="target"/>, closest first, never <paramref name="excluded"/>.</summary>
    public IReadOnlyList<KademliaPeer> ClosestPeers(KademliaKey target, int count = K, PeerId? excluded = null)
    {
        (KademliaDistance Distance, KBucketEntry Entry)[] candidates;
        int n = 0;
        lock (_lock)
        {
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

    private List<KBucketEntry> BucketOf(KademliaKey key) => _buckets[key.DistanceTo(LocalKey).BucketIndex];

    private void Touch(KBucketEntry entry)
    {
        List<KBucketEntry> bucket = BucketOf(entry.Key);
        bucket.Remove(entry);
        bucket.Add(entry);
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
