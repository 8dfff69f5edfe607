using System.Buffers;
using Kusama.Core;
using Kusama.Db;
using Kusama.Trie;
using Kusama.Trie.Proofs;

namespace Kusama.State;

/// <summary>
/// A read-only view of the state under one root, frozen on a database snapshot so pruning cannot pull nodes from under it.
/// The latest finalized state reads from the flat snapshot; other states walk the trie. Not thread-safe; dispose it promptly.
/// </summary>
public sealed class StateView : IStateReader, IDisposable
{
    private const int StackKeyLimit = 256;

    private readonly IReadOnlyKeyValueStore _snapshot;
    private readonly StateNodeStore _nodes;
    private readonly FlatValueCache? _values;
    private readonly Hash256 _block;
    private Kusama.Trie.Trie? _top;
    private Dictionary<byte[], Kusama.Trie.Trie>? _children;
    private bool _disposed;

    internal StateView(IReadOnlyKeyValueStore snapshot, Hash256 stateRoot, bool flat, TrieNodeCache? cache, FlatValueCache? values = null, Hash256 block = default)
    {
        _snapshot = snapshot;
        _values = flat ? values : null;
        _block = block;
        _nodes = new StateNodeStore(snapshot, cache);
        StateRoot = stateRoot;
        IsFlat = flat;
    }

    /// <summary>The state root this view reads.</summary>
    public Hash256 StateRoot { get; }

    /// <summary>True when reads come from the flat snapshot of the latest finalized state rather than the trie.</summary>
    public bool IsFlat { get; }

    /// <summary>The trie nodes as this view's snapshot sees them (for proofs and custom walks).</summary>
    public ITrieNodeStore Nodes => _nodes;

    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!IsFlat) return Top.Get(key);
        int length = FlatKeys.TopLength(key);
        byte[]? rented = null;
        Span<byte> flatKey = length <= StackKeyLimit ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            FlatKeys.WriteTop(key, flatKey);
            if (_values is null) return _snapshot.Get(DbColumn.StateFlat, flatKey);
            if (_values.TryGet(_block, flatKey, out byte[]? cached)) return cached?.ToArray();
            byte[]? value = _snapshot.Get(DbColumn.StateFlat, flatKey);
            _values.Add(_block, flatKey, value);
            return value?.ToArray();
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!IsFlat) return Top.NextKey(key);
        return NextFlatKey(FlatKeys.Top(key), 1);
    }

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!IsFlat) return Child(childKey)?.Get(key);
        int length = FlatKeys.ChildPrefixLength(childKey) + key.Length;
        byte[]? rented = null;
        Span<byte> flatKey = length <= StackKeyLimit ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            FlatKeys.WriteChild(childKey, key, flatKey);
            return _snapshot.Get(DbColumn.StateFlat, flatKey);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!IsFlat) return Child(childKey)?.NextKey(key);
        return NextFlatKey(FlatKeys.Child(childKey, key), FlatKeys.ChildPrefixLength(childKey));
    }

    /// <summary>The root of default child trie <paramref name="childKey"/> (the empty root when it has no entries).</summary>
    public Hash256 ChildRoot(ReadOnlySpan<byte> childKey)
    {
        byte[]? stored = Get(ChildTrie.ParentKey(childKey));
        if (stored is null) return TrieRoot.Empty;
        if (stored.Length != Hash256.Length) throw new TrieException($"the child-trie root under {Hex.Encode(ChildTrie.ParentKey(childKey))} is {stored.Length} bytes, not 32");
        return new Hash256(stored);
    }

    /// <summary>Top-trie entries whose key starts with <paramref name="prefix"/>, in key order, from <paramref name="startKey"/> (inclusive) when given.</summary>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startKey = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return IsFlat ? IterateFlat(FlatKeys.Top(prefix), FlatKeys.Top(Later(prefix, startKey)), 1) : IterateTrie(Top, prefix, Later(prefix, startKey));
    }

    /// <summary>Entries of child trie <paramref name="childKey"/> whose key starts with <paramref name="prefix"/>, in key order.</summary>
    public IEnumerable<KeyValuePair<byte[], byte[]>> IterateChild(byte[] childKey, byte[] prefix, byte[]? startKey = null)
    {
        ArgumentNullException.ThrowIfNull(childKey);
        ArgumentNullException.ThrowIfNull(prefix);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsFlat) return IterateFlat(FlatKeys.Child(childKey, prefix), FlatKeys.Child(childKey, Later(prefix, startKey)), FlatKeys.ChildPrefixLength(childKey));
        Kusama.Trie.Trie? child = Child(childKey);
        return child is null ? [] : IterateTrie(child, prefix, Later(prefix, startKey));
    }

    /// <summary>A proof of <paramref name="keys"/> in the top trie against <see cref="StateRoot"/> (<c>state_getReadProof</c>).</summary>
    public StorageProof ReadProof(IEnumerable<byte[]> keys)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return TrieProof.Generate(_nodes, StateRoot, keys);
    }

    /// <summary>A proof of <paramref name="keys"/> in child trie <paramref name="childKey"/>, with the top-trie nodes that prove the child root.</summary>
    public StorageProof ChildReadProof(byte[] childKey, IEnumerable<byte[]> keys)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        StorageProof top = TrieProof.Generate(_nodes, StateRoot, [ChildTrie.ParentKey(childKey)]);
        Hash256 childRoot = ChildRoot(childKey);
        if (childRoot == TrieRoot.Empty) return top;
        StorageProof child = TrieProof.Generate(_nodes, childRoot, keys);
        return new StorageProof(top.Nodes.Concat(child.Nodes));
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _snapshot.Dispose();
    }

    private Kusama.Trie.Trie Top => _top ??= new Kusama.Trie.Trie(_nodes, StateRoot);

    private Kusama.Trie.Trie? Child(ReadOnlySpan<byte> childKey)
    {
        _children ??= new Dictionary<byte[], Kusama.Trie.Trie>(ByteKeyComparer.Instance);
        var lookup = _children.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(childKey, out Kusama.Trie.Trie? trie)) return trie;
        Hash256 root = ChildRoot(childKey);
        trie = root == TrieRoot.Empty ? null : new Kusama.Trie.Trie(_nodes, root);
        if (trie is not null) lookup[childKey] = trie;
        return trie;
    }

    private static byte[] Later(byte[] prefix, byte[]? startKey) =>
        startKey is not null && startKey.AsSpan().SequenceCompareTo(prefix) > 0 ? startKey : prefix;

    private byte[]? NextFlatKey(byte[] flatKey, int prefixLength)
    {
        using IKeyValueIterator from = _snapshot.Iterate(DbColumn.StateFlat, flatKey);
        while (from.MoveNext())
        {
            ReadOnlySpan<byte> key = from.Key;
            if (!key.StartsWith(flatKey.AsSpan(0, prefixLength))) return null;
            if (key.SequenceEqual(flatKey)) continue;
            return key[prefixLength..].ToArray();
        }
        return null;
    }

    private IEnumerable<KeyValuePair<byte[], byte[]>> IterateFlat(byte[] flatPrefix, byte[] flatStart, int prefixLength)
    {
        using IKeyValueIterator iterator = _snapshot.Iterate(DbColumn.StateFlat, flatStart);
        while (iterator.MoveNext())
        {
            if (!iterator.Key.StartsWith(flatPrefix)) yield break;
            yield return new(iterator.Key[prefixLength..].ToArray(), iterator.Value.ToArray());
        }
    }

    private static IEnumerable<KeyValuePair<byte[], byte[]>> IterateTrie(Kusama.Trie.Trie trie, byte[] prefix, byte[] start)
    {
        TrieIterator iterator = trie.Iterate(start);
        while (iterator.MoveNext())
        {
            if (!iterator.Key.StartsWith(prefix)) yield break;
            yield return new(iterator.Key.ToArray(), iterator.Value.ToArray());
        }
    }
}
