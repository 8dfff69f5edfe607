using Kusama.Core;

namespace Kusama.State;

/// <summary>
/// A bounded, thread-safe cache of encoded trie nodes by hash, shared by commits and views. Nodes are content-addressed
/// and never change, so a cached entry is always right; it only saves the database read.
/// </summary>
/// <remarks>Two generations approximate LRU cheaply: hits in the old generation move to the young one, and when the young
/// one fills half the budget the old one is dropped.</remarks>
internal sealed class TrieNodeCache(long capacityBytes)
{
    // Dictionary entry, key and array header, roughly.
    private const int EntryOverhead = 80;

    private readonly Lock _lock = new();
    private Dictionary<Hash256, byte[]> _young = new();
    private Dictionary<Hash256, byte[]> _old = new();
    private long _youngBytes;

    public long CapacityBytes { get; } = capacityBytes;

    public bool TryGet(Hash256 hash, out byte[] data)
    {
        lock (_lock)
        {
            if (_young.TryGetValue(hash, out data!)) return true;
            if (!_old.Remove(hash, out data!)) return false;
            AddLocked(hash, data);
            return true;
        }
    }

    public void Add(Hash256 hash, byte[] data)
    {
        if (CapacityBytes == 0) return;
        lock (_lock) AddLocked(hash, data);
    }

    private void AddLocked(Hash256 hash, byte[] data)
    {
        if (!_young.TryAdd(hash, data)) return;
        _youngBytes += data.Length + EntryOverhead;
        if (_youngBytes <= CapacityBytes / 2) return;
        _old = _young;
        _young = new Dictionary<Hash256, byte[]>(_old.Count);
        _youngBytes = 0;
    }
}
