using System.Collections.Concurrent;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.PeerSet;

/// <summary>
/// Every peer's reputation (sc-network <c>PeerStore</c>): reports add to it, it decays towards zero over time, and a peer
/// below <see cref="ReputationChange.BannedThreshold"/> is banned — disconnected and refused — until it decays back above.
/// </summary>
public sealed class PeerStore
{
    /// <summary>
    /// Substrate's decay (sc-network peer_store.rs): each second a reputation loses 1/<c>INVERSE_DECREMENT</c> (200) of its
    /// value, so a fatal change (<c>i32::MIN</c>) stays banned for about 69 s.
    /// </summary>
    private const int InverseDecrement = 200;

    private readonly ConcurrentDictionary<PeerId, Entry> _peers = new();
    private readonly Func<DateTime> _now;

    /// <summary>A store reading the time from <paramref name="now"/> (UTC; the system clock by default).</summary>
    public PeerStore(Func<DateTime>? now = null) => _now = now ?? (static () => DateTime.UtcNow);

    /// <summary>Applies <paramref name="change"/>; returns true when the peer is now banned.</summary>
    public bool Report(PeerId peer, ReputationChange change)
    {
        ArgumentNullException.ThrowIfNull(peer);
        Entry entry = _peers.GetOrAdd(peer, static (_, now) => new Entry { DecayedAt = now }, _now());
        lock (entry)
        {
            Decay(entry);
            entry.Reputation = (int)Math.Clamp((long)entry.Reputation + change.Value, int.MinValue, int.MaxValue);
            return entry.Reputation < ReputationChange.BannedThreshold;
        }
    }

    /// <summary>The peer's reputation now (0 for a peer never reported).</summary>
    public int Reputation(PeerId peer)
    {
        if (!_peers.TryGetValue(peer, out Entry? entry)) return 0;
        lock (entry)
        {
            Decay(entry);
            return entry.Reputation;
        }
    }

    /// <summary>Whether the peer is banned (its reputation is below the threshold).</summary>
    public bool IsBanned(PeerId peer) => Reputation(peer) < ReputationChange.BannedThreshold;

    private void Decay(Entry entry)
    {
        DateTime now = _now();
        long seconds = (long)(now - entry.DecayedAt).TotalSeconds;
        if (seconds <= 0) return;
        entry.DecayedAt = entry.DecayedAt.AddSeconds(seconds);
        for (long i = 0; i < seconds && entry.Reputation != 0; i++)
        {
            int step = entry.Reputation / InverseDecrement;
            // Small values would never reach zero by division alone.
            entry.Reputation -= step != 0 ? step : Math.Sign(entry.Reputation);
        }
    }

    private sealed class Entry
    {
        public int Reputation;
        public DateTime DecayedAt;
    }
}
