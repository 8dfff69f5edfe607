using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Db;
using Kusama.Trie;

namespace Kusama.State;

/// <summary>
/// Trie nodes in <see cref="DbColumn.StateNodes"/>, content-addressed: key = blake2-256 of the node (or V1 value) → the
/// node bytes; key = that hash ++ 0x01 → its reference count (u32 little-endian). Reads see one store or snapshot.
/// </summary>
/// <remarks>
/// A block's commit writes its new nodes blindly (same hash, same bytes) and journals them; counts change only when
/// finality settles which states stay: a canonical block's inserted nodes gain a reference, a pruned state's dropped
/// references are released, and a node is deleted at zero unless an unfinalized block inserted it. Keeping the count
/// apart lets a commit write without reading. Only <see cref="StateDb"/> changes counts, always inside a batch.
/// </remarks>
public sealed class StateNodeStore : ITrieNodeStore
{
    /// <summary>Length of a reference-count key: the node hash and a 0x01 tag.</summary>
    public const int CountKeyLength = Hash256.Length + 1;

    private readonly IReadOnlyKeyValueStore _store;
    private readonly TrieNodeCache? _cache;

    /// <summary>Reads nodes from <paramref name="store"/> (the live database or a snapshot of it).</summary>
    public StateNodeStore(IReadOnlyKeyValueStore store) : this(store, null)
    {
    }

    internal StateNodeStore(IReadOnlyKeyValueStore store, TrieNodeCache? cache)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _cache = cache;
    }

    public byte[]? Get(Hash256 hash)
    {
        if (_cache is not null && _cache.TryGet(hash, out byte[] cached)) return cached;
        byte[]? node = _store.Get(DbColumn.StateNodes, hash.Bytes);
        if (node is not null) _cache?.Add(hash, node);
        return node;
    }

    /// <summary>References the kept canonical states hold on <paramref name="hash"/> (0 when none).</summary>
    public uint ReferenceCount(Hash256 hash)
    {
        Span<byte> key = stackalloc byte[CountKeyLength];
        WriteCountKey(hash, key);
        Span<byte> value = stackalloc byte[4];
        int length = _store.Get(DbColumn.StateNodes, key, value);
        if (length < 0) return 0;
        if (length != 4) throw new DatabaseException($"The reference count of state node {hash} is {length} bytes, not 4; the database is damaged.");
        return BinaryPrimitives.ReadUInt32LittleEndian(value);
    }

    /// <summary>True when the node's bytes are stored.</summary>
    public bool Contains(Hash256 hash) => _store.Contains(DbColumn.StateNodes, hash.Bytes);

    /// <summary>True when <paramref name="key"/> of <see cref="DbColumn.StateNodes"/> is a reference-count key rather than a node.</summary>
    public static bool IsCountKey(ReadOnlySpan<byte> key) => key.Length == CountKeyLength && key[^1] == 1;

    internal static void WriteCountKey(Hash256 hash, Span<byte> destination)
    {
        hash.Bytes.CopyTo(destination);
        destination[Hash256.Length] = 1;
    }
}
