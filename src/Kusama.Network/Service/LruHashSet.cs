namespace Kusama.Network.Service;

/// <summary>
/// A set remembering the last <see cref="Capacity"/> items inserted (sc-network <c>LruHashSet</c>): what a peer is known to
/// have, so blocks and transactions are not sent to it twice. Not thread-safe.
/// </summary>
public sealed class LruHashSet<T> where T : notnull
{
    private readonly Dictionary<T, LinkedListNode<T>> _items;
    private readonly LinkedList<T> _order = new();

    /// <summary>A set holding at most <paramref name="capacity"/> items.</summary>
    public LruHashSet(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _items = new Dictionary<T, LinkedListNode<T>>(Math.Min(capacity, 1024));
    }

    /// <summary>The most items remembered.</summary>
    public int Capacity { get; }

    /// <summary>The items remembered now.</summary>
    public int Count => _items.Count;

    /// <summary>Remembers <paramref name="item"/> as the most recent; true when it was not known.</summary>
    public bool Insert(T item)
    {
        if (_items.TryGetValue(item, out LinkedListNode<T>? node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            return false;
        }
        if (_items.Count == Capacity)
        {
            LinkedListNode<T> oldest = _order.Last!;
            _order.RemoveLast();
            _items.Remove(oldest.Value);
        }
        _items[item] = _order.AddFirst(item);
        return true;
    }

    /// <summary>Whether <paramref name="item"/> is remembered.</summary>
    public bool Contains(T item) => _items.ContainsKey(item);
}
