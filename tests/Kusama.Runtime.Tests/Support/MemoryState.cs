using Kusama.State;

namespace Kusama.Runtime.Tests.Support;

/// <summary>A sorted in-memory state for runtime tests (the backend under the test's overlay).</summary>
public sealed class MemoryState : IStateReader
{
    private readonly SortedDictionary<byte[], byte[]> _top = new(ByteKeyComparer.Instance);

    public void Set(byte[] key, byte[] value) => _top[key] = value;

    public byte[]? Get(ReadOnlySpan<byte> key) => _top.TryGetValue(key.ToArray(), out byte[]? value) ? value : null;

    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        byte[] probe = key.ToArray();
        foreach (byte[] candidate in _top.Keys)
            if (candidate.AsSpan().SequenceCompareTo(probe) > 0) return candidate;
        return null;
    }

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;
}
