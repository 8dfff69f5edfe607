using System.Buffers;
using Kusama.Core;
using Kusama.Trie.Codec;

namespace Kusama.Trie;

/// <summary>
/// A mutable Substrate trie over an <see cref="ITrieNodeStore"/> (sp-trie <c>TrieDBMut</c>): nodes are
/// loaded on demand, changes stay in memory until <see cref="Commit"/> encodes them under a state version.
/// Not thread-safe.
/// </summary>
public sealed partial class Trie
{
    /// <summary>Longest key the trie accepts (the codec bounds a partial key to 65535 nibbles).</summary>
    public const int MaxKeyLength = TrieRootBuilder.MaxKeyLength;

    private const int StackKeyLimit = 256;

    private readonly ITrieNodeStore _store;
    private readonly List<Hash256> _obsolete = new();
    private TrieNode? _root;
    private Hash256 _committedRoot;

    /// <summary>An empty trie.</summary>
    public Trie(ITrieNodeStore store) : this(store, TrieRoot.Empty)
    {
    }

    /// <summary>The trie whose root node is stored under <paramref name="root"/>; nothing is read until needed.</summary>
    public Trie(ITrieNodeStore store, Hash256 root)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _committedRoot = root;
        _root = root == TrieRoot.Empty ? null : TrieNode.Stub(root);
    }

    /// <summary>The root as of the last commit (or as opened).</summary>
    public Hash256 CommittedRoot => _committedRoot;

    /// <summary>True when changes were made since the last commit.</summary>
    public bool HasUncommittedChanges => _root is { IsDirty: true } || (_root is null && _committedRoot != TrieRoot.Empty);

    /// <summary>Bumped by every change so that live iterators can notice.</summary>
    internal int Version { get; private set; }

    internal TrieNode? Root => _root;

    /// <summary>A copy of the value at <paramref name="key"/>, or null when absent.</summary>
    public byte[]? Get(ReadOnlySpan<byte> key) => TryGet(key, out ReadOnlySpan<byte> value) ? value.ToArray() : null;

    /// <summary>Finds the value at <paramref name="key"/> without copying it.</summary>
    public bool TryGet(ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        value = default;
        TrieNode? node = _root;
        int nibble = 0;
        int total = 2 * key.Length;
        while (node is not null)
        {
            Load(node);
            byte[] partial = node.Partial;
            if (total - nibble < partial.Length) return false;
            for (int i = 0; i < partial.Length; i++)
            {
                if (Nibbles.At(key, nibble + i) != partial[i]) return false;
            }
            nibble += partial.Length;
            if (nibble == total)
            {
                if (!node.HasValue) return false;
                value = LoadValue(node);
                return true;
            }
            if (node.Children is null) return false;
            node = node.Children[Nibbles.At(key, nibble)];
            nibble++;
        }
        return false;
    }

    public bool ContainsKey(ReadOnlySpan<byte> key) => TryGet(key, out _);

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> (an empty value is a value, as in sp-trie).</summary>
    public void Insert(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        CheckKey(key);
        byte[]? rented = null;
        Span<byte> nibbles = key.Length <= StackKeyLimit ? stackalloc byte[2 * key.Length] : (rented = ArrayPool<byte>.Shared.Rent(2 * key.Length)).AsSpan(0, 2 * key.Length);
        try
        {
            Nibbles.Expand(key, nibbles);
            if (InsertAt(ref _root, nibbles, value)) Version++;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Removes <paramref name="key"/>; returns false when it was absent.</summary>
    public bool Remove(ReadOnlySpan<byte> key)
    {
        CheckKey(key);
        byte[]? rented = null;
        Span<byte> nibbles = key.Length <= StackKeyLimit ? stackalloc byte[2 * key.Length] : (rented = ArrayPool<byte>.Shared.Rent(2 * key.Length)).AsSpan(0, 2 * key.Length);
        try
        {
            Nibbles.Expand(key, nibbles);
            if (!RemoveAt(ref _root, nibbles)) return false;
            Version++;
            return true;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Iterates entries in key order, starting at the first key not below <paramref name="startKey"/>.</summary>
    public TrieIterator Iterate(ReadOnlySpan<byte> startKey = default) => new(this, startKey);

    /// <summary>The smallest key strictly greater than <paramref name="key"/>, or null (state_getKeysPaged, ext_storage_next_key).</summary>
    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        TrieIterator iterator = Iterate(key);
        if (!iterator.MoveNext()) return null;
        if (iterator.Key.SequenceEqual(key) && !iterator.MoveNext()) return null;
        return iterator.Key.ToArray();
    }

    /// <summary>Ensures a stub is decoded from the store.</summary>
    internal void Load(TrieNode node)
    {
        if (node.IsLoaded) return;
        byte[] encoded = _store.Get(node.Hash) ?? throw new TrieException($"trie node {node.Hash} is missing from the store");
        node.LoadFrom(encoded);
    }

    /// <summary>The value of a node that has one, fetching a hashed value from the store.</summary>
    internal ReadOnlySpan<byte> LoadValue(TrieNode node)
    {
        if (node.Value is null && node.ValueState == ValueState.Hashed)
            node.Value = _store.Get(node.ValueHash) ?? throw new TrieException($"value node {node.ValueHash} is missing from the store");
        return node.Value;
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length > MaxKeyLength)
            throw new ArgumentException($"trie keys are limited to {MaxKeyLength} bytes, got {key.Length}", nameof(key));
    }

    private bool InsertAt(ref TrieNode? slot, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        TrieNode? node = slot;
        if (node is null)
        {
            slot = TrieNode.NewLeaf(key.ToArray(), value.ToArray());
            return true;
        }
        Load(node);
        byte[] partial = node.Partial;
        int common = key.CommonPrefixLength(partial);
        if (common == partial.Length)
        {
            if (common == key.Length)
            {
                // As in trie-db, only a value written since the last commit compares equal: rewriting a stored
                // value re-encodes it under the commit's version (the lazy V0 → V1 migration).
                if (node.ValueState == ValueState.Fresh && value.SequenceEqual(node.Value)) return false;
                Touch(node);
                DropValue(node);
                node.Value = value.ToArray();
                node.ValueState = ValueState.Fresh;
                return true;
            }
            byte nibble = key[common];
            if (node.Children is null)
            {
                Touch(node);
                node.Children = new TrieNode?[16];
                node.Children[nibble] = TrieNode.NewLeaf(key[(common + 1)..].ToArray(), value.ToArray());
                return true;
            }
            if (!InsertAt(ref node.Children[nibble], key[(common + 1)..], value)) return false;
            Touch(node);
            return true;
        }

        // The key leaves this node's partial key part-way: a new branch takes the common part.
        Touch(node);
        var branch = new TrieNode { Partial = partial[..common], Children = new TrieNode?[16], IsLoaded = true, IsDirty = true };
        branch.Children[partial[common]] = node;
        node.Partial = partial[(common + 1)..];
        if (common == key.Length)
        {
            branch.Value = value.ToArray();
            branch.ValueState = ValueState.Fresh;
        }
        else
        {
            branch.Children[key[common]] = TrieNode.NewLeaf(key[(common + 1)..].ToArray(), value.ToArray());
        }
        slot = branch;
        return true;
    }

    private bool RemoveAt(ref TrieNode? slot, ReadOnlySpan<byte> key)
    {
        TrieNode? node = slot;
        if (node is null) return false;
        Load(node);
        byte[] partial = node.Partial;
        if (!key.StartsWith(partial)) return false;
        if (key.Length == partial.Length)
        {
            if (!node.HasValue) return false;
            Touch(node);
            DropValue(node);
            slot = Normalize(node);
            return true;
        }
        if (node.Children is null) return false;
        if (!RemoveAt(ref node.Children[key[partial.Length]], key[(partial.Length + 1)..])) return false;
        Touch(node);
        slot = Normalize(node);
        return true;
    }

    /// <summary>Restores the trie's shape after a removal below or at a (touched) node: no childless branch, no value-less single-child branch.</summary>
    private TrieNode? Normalize(TrieNode node)
    {
        if (node.Children is not null)
        {
            int count = 0;
            int last = -1;
            for (int i = 0; i < 16; i++)
            {
                if (node.Children[i] is null) continue;
                count++;
                last = i;
            }
            if (count == 0)
            {
                node.Children = null;
            }
            else if (count == 1 && !node.HasValue)
            {
                // The branch point is gone: the only child absorbs the branch's partial key and its nibble.
                TrieNode child = node.Children[last]!;
                Load(child);
                Touch(child);
                var merged = new byte[node.Partial.Length + 1 + child.Partial.Length];
                node.Partial.CopyTo(merged, 0);
                merged[node.Partial.Length] = (byte)last;
                child.Partial.CopyTo(merged, node.Partial.Length + 1);
                child.Partial = merged;
                return child;
            }
        }
        return node.Children is null && !node.HasValue ? null : node;
    }

    /// <summary>Marks a loaded node as changed; its stored encoding, if any, becomes obsolete.</summary>
    private void Touch(TrieNode node)
    {
        if (node.IsDirty) return;
        if (node.IsStored) _obsolete.Add(node.Hash);
        node.IsStored = false;
        node.IsDirty = true;
    }

    /// <summary>Forgets a node's value; a stored hashed value loses this reference.</summary>
    private void DropValue(TrieNode node)
    {
        if (node.ValueState == ValueState.Hashed) _obsolete.Add(node.ValueHash);
        node.Value = null;
        node.ValueState = ValueState.None;
    }
}
