using System.Collections.Concurrent;
using Kusama.Core;

namespace Kusama.State;

/// <summary>
/// Values of the latest finalized state by flat key (absent keys too), in memory, shared by flat views: Substrate's
/// shared value cache for the head of the canonical chain. Follows finality through the changes each finalization applied.
/// </summary>
/// <remarks>
/// Reads are lock-free and checked by a sequence number: a read that overlaps a change of finalized block is treated as a
/// miss, so a view never sees values of another block. Only misses (which read the snapshot) and transitions take the lock.
/// </remarks>
internal sealed class FlatValueCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<byte[], byte[]?> _values = new(ByteKeyComparer.Instance);
    private int _sequence;
    private Hash256 _block;
    private Transition? _pending;

    public int Capacity { get; } = capacity;

    /// <summary>Looks up <paramref name="flatKey"/> as of finalized block <paramref name="block"/>; false on a miss.</summary>
    public bool TryGet(Hash256 block, ReadOnlySpan<byte> flatKey, out byte[]? value)
    {
        value = null;
        if (Capacity == 0) return false;
        int sequence = Volatile.Read(ref _sequence);
        if ((sequence & 1) != 0 || _block != block) return false;
        bool found = _values.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(flatKey, out value);
        return found && Volatile.Read(ref _sequence) == sequence;
    }

    /// <summary>Remembers a value read from the snapshot of finalized block <paramref name="block"/>.</summary>
    public void Add(Hash256 block, ReadOnlySpan<byte> flatKey, byte[]? value)
    {
        if (Capacity == 0) return;
        lock (_lock)
        {
            if (_block != block && !Advance(block)) return;
            if (_values.Count >= Capacity)
            {
                Volatile.Write(ref _sequence, _sequence + 1);
                _values.Clear();
                Volatile.Write(ref _sequence, _sequence + 1);
            }
            _values.TryAdd(flatKey.ToArray(), value);
        }
    }

    /// <summary>Records what finalizing <paramref name="to"/> on top of <paramref name="from"/> changes; applied once a view sees it written.</summary>
    public void Finalizing(Hash256 from, Hash256 to, List<KeyValuePair<byte[], byte[]?>> flatChanges)
    {
        if (Capacity == 0) return;
        lock (_lock) _pending = new Transition(from, to, flatChanges);
    }

    /// <summary>Moves the cache to finalized block <paramref name="block"/>: through the pending changes when they lead there, else empty.</summary>
    private bool Advance(Hash256 block)
    {
        Volatile.Write(ref _sequence, _sequence + 1);
        if (_pending is { } pending && pending.From == _block && pending.To == block)
        {
            foreach (KeyValuePair<byte[], byte[]?> change in pending.FlatChanges) _values.TryRemove(change.Key, out _);
        }
        else
        {
            _values.Clear();
        }
        _pending = null;
        _block = block;
        Volatile.Write(ref _sequence, _sequence + 1);
        return true;
    }

    private sealed record Transition(Hash256 From, Hash256 To, List<KeyValuePair<byte[], byte[]?>> FlatChanges);
}
