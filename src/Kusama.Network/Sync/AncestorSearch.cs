namespace Kusama.Network.Sync;

/// <summary>
/// The common-ancestor search of sc-network-sync (<c>AncestorSearchState</c>): probe one block number at a time, starting at
/// min(our best, peer best), stepping back exponentially (1, 2, 4, …) until a hash matches, then bisecting between that
/// match and the last mismatch.
/// </summary>
internal sealed class AncestorSearch
{
    private uint _step = 1;
    private bool _bisecting;
    private uint _low;
    private uint _high;

    public AncestorSearch(uint start, uint ourBest)
    {
        Start = start;
        Current = start;
        OurBest = ourBest;
    }

    /// <summary>Where the search started.</summary>
    public uint Start { get; }

    /// <summary>Our best block number when the search started: a common block at or above it means the peer extends our chain.</summary>
    public uint OurBest { get; }

    /// <summary>The block number to probe next.</summary>
    public uint Current { get; private set; }

    /// <summary>Records whether the peer's block at <see cref="Current"/> is ours; true with the common number once found.</summary>
    /// <exception cref="InvalidOperationException">Not even block 0 matches: the peer is on another chain.</exception>
    public bool Advance(bool matched, out uint common)
    {
        common = 0;
        if (!_bisecting)
        {
            if (matched)
            {
                if (Current == Start)
                {
                    common = Current;
                    return true;
                }
                _bisecting = true;
                _low = Current;
                // _high holds the last mismatch from the backoff phase.
            }
            else
            {
                if (Current == 0) throw new InvalidOperationException("the peer's genesis block differs from ours");
                _high = Current;
                Current = Current > _step ? Current - _step : 0;
                _step = _step >= 1u << 30 ? _step : _step * 2;
                return false;
            }
        }
        else if (matched)
        {
            _low = Current;
        }
        else
        {
            _high = Current;
        }

        if (_high - _low <= 1)
        {
            common = _low;
            return true;
        }
        Current = _low + (_high - _low) / 2;
        return false;
    }
}
