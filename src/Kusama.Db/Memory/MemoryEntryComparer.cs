namespace Kusama.Db.Memory;

/// <summary>Orders entries by key bytewise (memcmp, shorter prefix first), the order of RocksDB's default comparator.</summary>
internal sealed class MemoryEntryComparer : IComparer<MemoryEntry>
{
    public static readonly MemoryEntryComparer Instance = new();

    public int Compare(MemoryEntry? x, MemoryEntry? y) => x!.Key.AsSpan().SequenceCompareTo(y!.Key);
}
