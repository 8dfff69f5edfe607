using Kusama.State;

namespace Kusama.Runtime.Benchmarking;

/// <summary>
/// The backend a measured call reads from: a sorted snapshot of the state its setup built (FRAME commits the setup to
/// the database before timing, so the call's first reads come from the backend, not from a warm overlay).
/// </summary>
public sealed class BenchmarkState : IStateReader
{
    private readonly byte[][] _keys;
    private readonly byte[][] _values;

    private BenchmarkState(byte[][] keys, byte[][] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>No state at all.</summary>
    public static BenchmarkState Empty { get; } = new([], []);

    /// <summary>How many keys the snapshot holds.</summary>
    public int Count => _keys.Length;

    /// <summary>A snapshot of every top-trie key in <paramref name="overlay"/> (its backend and changes).</summary>
    public static BenchmarkState Snapshot(StorageOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        var keys = new List<byte[]>();
        var values = new List<byte[]>();
        byte[]? key = overlay.Get([]) is not null ? [] : overlay.NextKey([]);
        while (key is not null)
        {
            keys.Add(key);
            values.Add(overlay.Get(key)!);
            key = overlay.NextKey(key);
        }
        // NextKey walks in order, so the lists are already sorted.
        return new BenchmarkState([.. keys], [.. values]);
    }

    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        int at = IndexOf(key);
        return at >= 0 ? _values[at] : null;
    }

    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        int at = IndexOf(key);
        int next = at >= 0 ? at + 1 : ~at;
        return next < _keys.Length ? _keys[next] : null;
    }

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    // Binary search: the index of key, or the bitwise complement of where it would go.
    private int IndexOf(ReadOnlySpan<byte> key)
    {
        int low = 0, high = _keys.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = _keys[middle].AsSpan().SequenceCompareTo(key);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }
}
