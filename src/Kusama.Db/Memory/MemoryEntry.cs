namespace Kusama.Db.Memory;

/// <summary>One key and its value in a <see cref="MemoryKeyValueStore"/> column; both arrays are owned by the store and never mutated.</summary>
internal sealed class MemoryEntry(byte[] key, byte[] value)
{
    public byte[] Key { get; } = key;

    public byte[] Value { get; } = value;

    /// <summary>A key-only entry for searching the sorted sets.</summary>
    public static MemoryEntry Probe(ReadOnlySpan<byte> key) => new(key.ToArray(), []);
}
