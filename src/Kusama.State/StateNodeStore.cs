using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Db;
using Kusama.Trie;

namespace Kusama.State;

/// <summary>
/// Trie nodes in <see cref="DbColumn.StateNodes"/>, content-addressed: key = blake2-256 of the node (or V1 value),
/// value = reference count (u32 little-endian) ++ the node bytes. Reads see one store or snapshot.
/// </summary>
/// <remarks>
/// A count is the number of references the kept states and the journaled (not yet pruned) changes hold; the entry is
/// deleted when it reaches zero. Only <see cref="StateDb"/> changes counts, always inside a block's or a finalization's batch.
/// </remarks>
public sealed class StateNodeStore(IReadOnlyKeyValueStore store) : ITrieNodeStore
{
    /// <summary>Bytes of the reference count that precedes each node.</summary>
    public const int CountLength = 4;

    private readonly IReadOnlyKeyValueStore _store = store ?? throw new ArgumentNullException(nameof(store));

    public byte[]? Get(Hash256 hash)
    {
        Span<byte> buffer = stackalloc byte[512];
        int length = _store.Get(DbColumn.StateNodes, hash.Bytes, buffer);
        if (length < 0) return null;
        if (length <= buffer.Length) return Strip(buffer[..length], hash);
        byte[] stored = _store.Get(DbColumn.StateNodes, hash.Bytes) ?? throw Corrupt(hash, "vanished while being read");
        return Strip(stored, hash);
    }

    /// <summary>References held on <paramref name="hash"/> (0 when absent).</summary>
    public uint ReferenceCount(Hash256 hash)
    {
        byte[]? stored = _store.Get(DbColumn.StateNodes, hash.Bytes);
        if (stored is null) return 0;
        if (stored.Length < CountLength) throw Corrupt(hash, "is shorter than its reference count");
        return BinaryPrimitives.ReadUInt32LittleEndian(stored);
    }

    /// <summary>True when the node is stored (any reference count).</summary>
    public bool Contains(Hash256 hash) => _store.Contains(DbColumn.StateNodes, hash.Bytes);

    private static byte[] Strip(ReadOnlySpan<byte> stored, Hash256 hash)
    {
        if (stored.Length < CountLength) throw Corrupt(hash, "is shorter than its reference count");
        return stored[CountLength..].ToArray();
    }

    private static DatabaseException Corrupt(Hash256 hash, string what) =>
        new($"State node {hash} in the database {what}; the database is damaged. Resync or restore a backup.");
}
