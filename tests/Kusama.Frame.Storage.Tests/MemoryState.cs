using Kusama.State;

namespace Kusama.Frame.Storage.Tests;

/// <summary>A committed state held in a sorted in-memory list, the backend under a test's <see cref="StorageOverlay"/>.</summary>
internal sealed class MemoryState : IStateReader
{
    private static readonly Comparer<byte[]> s_order = Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b));
    private readonly SortedList<byte[], byte[]> _entries = new(s_order);

    public void Put(byte[] key, byte[] value) => _entries[key] = value;

    public byte[]? Get(ReadOnlySpan<byte> key) => _entries.TryGetValue(key.ToArray(), out byte[]? value) ? value : null;

    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        IList<byte[]> keys = _entries.Keys;
        int low = 0, high = keys.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (keys[mid].AsSpan().SequenceCompareTo(key) <= 0) low = mid + 1;
            else high = mid;
        }
        return low < keys.Count ? keys[low] : null;
    }

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    /// <summary>Fresh storage over this state.</summary>
    public OverlayStorage Storage() => new(new StorageOverlay(this));
}
