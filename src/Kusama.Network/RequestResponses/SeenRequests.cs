namespace Kusama.Network.RequestResponses;

/// <summary>
/// Substrate's <c>seen_requests</c> LRU of the block and state request handlers: how often each (peer, request) was
/// answered with data, so that asking the same thing again and again can be punished. Thread-safe.
/// </summary>
internal sealed class SeenRequests<TKey> where TKey : notnull
{
    /// <summary>Substrate's <c>MAX_NUMBER_OF_SAME_REQUESTS_PER_PEER</c>: the third answered identical request is one too many.</summary>
    public const int MaxSameRequestsPerPeer = 2;

    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    public SeenRequests(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>
    /// Records another arrival of <paramref name="key"/>; true when it was already answered more than
    /// <see cref="MaxSameRequestsPerPeer"/> times counting this one (Substrate's <c>Fulfilled(n)</c>, <c>n &gt; 2</c>).
    /// </summary>
    public bool Arrive(TKey key)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out LinkedListNode<Entry>? node))
            {
                Touch(node);
                // "First" (asked but never answered with data) stays First, as in Substrate.
                if (node.Value.Fulfilled == 0) return false;
                node.Value.Fulfilled = node.Value.Fulfilled == int.MaxValue ? int.MaxValue : node.Value.Fulfilled + 1;
                return node.Value.Fulfilled > MaxSameRequestsPerPeer;
            }
            if (_entries.Count >= _capacity)
            {
                LinkedListNode<Entry> oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
            _entries[key] = _recency.AddFirst(new Entry(key));
            return false;
        }
    }

    /// <summary>Marks a first-time request as answered with data (<c>First</c> → <c>Fulfilled(1)</c>).</summary>
    public void Fulfil(TKey key)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out LinkedListNode<Entry>? node) && node.Value.Fulfilled == 0)
                node.Value.Fulfilled = 1;
        }
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _recency.AddFirst(node);
    }

    private sealed class Entry(TKey key)
    {
        public TKey Key { get; } = key;

        public int Fulfilled { get; set; }
    }
}
