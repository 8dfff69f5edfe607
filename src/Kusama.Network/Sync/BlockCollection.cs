using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Sync;

/// <summary>
/// Blocks downloaded ahead of import, by number (sc-network-sync <c>BlockCollection</c>): hands each peer a range no other
/// peer is downloading (or, outside major sync, one that fewer than the parallel limit are downloading), keeps what arrives,
/// and drains the blocks that continue the queued chain, in order.
/// </summary>
internal sealed class BlockCollection
{
    private readonly SortedDictionary<uint, IncomingBlock> _downloaded = [];
    private readonly Dictionary<PeerId, (uint Start, uint End)> _downloading = [];

    /// <summary>Blocks held (downloaded, not yet drained).</summary>
    public int Count => _downloaded.Count;

    /// <summary>
    /// The next range [start, end) for <paramref name="peer"/>: the lowest run from <paramref name="first"/> up to the peer's
    /// best (and below <paramref name="limit"/>) that is neither downloaded nor being downloaded, at most <paramref name="max"/> long
    /// — or, when lower, a range fewer than <paramref name="maxParallel"/> peers are downloading, cropped to the peer's best
    /// (Substrate's <c>max_parallel_downloads</c>, 5 outside major sync, so one slow peer does not hold up keep-up sync).
    /// Null when there is none. The range is marked as being downloaded by the peer.
    /// </summary>
    public (uint Start, uint End)? NeededBlocks(PeerId peer, uint first, uint peerBest, uint limit, uint max, int maxParallel = 1)
    {
        uint last = Math.Min(peerBest, limit == 0 ? 0 : limit - 1);
        (uint Start, uint End)? range = FreeRange(first, last, max);
        if (maxParallel > 1 && SharedRange(peer, first, last, maxParallel) is (uint start, uint end) && (range is null || start < range.Value.Start))
            range = (start, Math.Min(end, last + 1));
        if (range is { } taken) _downloading[peer] = taken;
        return range;
    }

    private (uint Start, uint End)? FreeRange(uint first, uint last, uint max)
    {
        uint n = first;
        while (n <= last && n >= first)
        {
            if (IsTaken(n))
            {
                n++;
                continue;
            }
            uint end = n + 1;
            while (end <= last && end - n < max && !IsTaken(end)) end++;
            return (n, end);
        }
        return null;
    }

    /// <summary>The lowest range starting in [first, last] that other peers download, fewer than <paramref name="maxParallel"/> of them.</summary>
    private (uint Start, uint End)? SharedRange(PeerId peer, uint first, uint last, int maxParallel)
    {
        (uint Start, uint End)? lowest = null;
        foreach ((PeerId other, (uint start, uint end)) in _downloading)
        {
            if (other.Equals(peer) || start < first || start > last || (lowest is { } l && l.Start <= start)) continue;
            int downloading = 0;
            foreach ((uint s, uint e) in _downloading.Values)
                if (s == start && e == end) downloading++;
            if (downloading < maxParallel) lowest = (start, end);
        }
        return lowest;
    }

    /// <summary>Keeps <paramref name="blocks"/> (any order) and ends the peer's download.</summary>
    public void Insert(PeerId peer, IReadOnlyList<IncomingBlock> blocks)
    {
        _downloading.Remove(peer);
        foreach (IncomingBlock block in blocks)
            _downloaded.TryAdd(block.Number, block);
    }

    /// <summary>Forgets the range <paramref name="peer"/> was downloading, so another peer gets it.</summary>
    public void ClearPeerDownload(PeerId peer) => _downloading.Remove(peer);

    /// <summary>
    /// Removes and returns the blocks that continue <paramref name="from"/> one by one (each the child of the previous).
    /// A held block at the next height that is not such a child comes from a different chain: it and the blocks above it
    /// from the same peer are dropped and that peer is returned in <paramref name="mismatch"/>.
    /// </summary>
    public List<IncomingBlock> TakeReady(BlockInfo from, out PeerId? mismatch)
    {
        mismatch = null;
        var ready = new List<IncomingBlock>();
        // Blocks at or below the queued tip are already handled (imported, or on a chain we left).
        while (_downloaded.Count > 0)
        {
            uint lowest = FirstKey();
            if (lowest > from.Number) break;
            _downloaded.Remove(lowest);
        }
        uint next = from.Number + 1;
        Hash256 parent = from.Hash;
        while (_downloaded.TryGetValue(next, out IncomingBlock? block))
        {
            if (block.Header.ParentHash != parent)
            {
                mismatch = block.Origin;
                DropFrom(next, block.Origin);
                break;
            }
            _downloaded.Remove(next);
            ready.Add(block);
            parent = block.Hash;
            next++;
        }
        return ready;
    }

    /// <summary>Forgets everything (sync restarts).</summary>
    public void Clear()
    {
        _downloaded.Clear();
        _downloading.Clear();
    }

    private bool IsTaken(uint number)
    {
        if (_downloaded.ContainsKey(number)) return true;
        foreach ((uint start, uint end) in _downloading.Values)
            if (number >= start && number < end) return true;
        return false;
    }

    private uint FirstKey()
    {
        using SortedDictionary<uint, IncomingBlock>.Enumerator enumerator = _downloaded.GetEnumerator();
        enumerator.MoveNext();
        return enumerator.Current.Key;
    }

    private void DropFrom(uint number, PeerId origin)
    {
        var drop = new List<uint>();
        foreach ((uint key, IncomingBlock block) in _downloaded)
            if (key >= number && block.Origin.Equals(origin)) drop.Add(key);
        foreach (uint key in drop) _downloaded.Remove(key);
    }
}
