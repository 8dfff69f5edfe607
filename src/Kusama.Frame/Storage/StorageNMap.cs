using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kusama.Core;
using Kusama.Scale;
using Kusama.State;

namespace Kusama.Frame.Storage;

/// <summary>
/// A map storage item (FRAME <c>StorageNMap</c>): the value for <c>key</c> lives at
/// twox128(pallet) ++ twox128(item) ++ the keys hashed by <typeparamref name="TKeys"/>. Also the base of
/// <see cref="StorageMap{TKey, TValue, TKeyCodec, TValueCodec, THasher}"/> and <see cref="StorageDoubleMap{TKey1, TKey2, TValue, TKey1Codec, TKey2Codec, TValueCodec, THasher1, THasher2}"/>.
/// </summary>
/// <remarks>Keys are built on the stack (heap only past 256 bytes); reads allocate only what the storage returns.</remarks>
public class StorageNMap<TKey, TValue, TKeys, TValueCodec> : StorageItem<TValue>
    where TKeys : IStorageKey<TKey>
    where TValueCodec : ICodec<TValue>
{
    /// <summary>An <c>OptionQuery</c> item <paramref name="pallet"/>.<paramref name="item"/>.</summary>
    public StorageNMap(IStorage storage, string pallet, string item)
        : this(storage, pallet, item, StorageQueryKind.OptionQuery, default!)
    {
    }

    /// <summary>A <c>ValueQuery</c> item <paramref name="pallet"/>.<paramref name="item"/> reading as <paramref name="onEmpty"/> where absent.</summary>
    public StorageNMap(IStorage storage, string pallet, string item, TValue onEmpty)
        : this(storage, pallet, item, StorageQueryKind.ValueQuery, onEmpty)
    {
    }

    private StorageNMap(IStorage storage, string pallet, string item, StorageQueryKind queryKind, TValue onEmpty)
        : base(storage, pallet, item, queryKind, onEmpty)
    {
    }

    private HashedKeyCache _keyCache;

    /// <summary>Hashers in key order.</summary>
    public static StorageHasher[] Hashers => TKeys.Hashers;

    /// <summary>twox128(pallet) ++ twox128(item): every key of the item starts with it.</summary>
    public ReadOnlySpan<byte> Prefix => ItemPrefix;

    /// <summary>The full storage key of <paramref name="key"/>.</summary>
    public byte[] HashedKey(in TKey key)
    {
        byte[] full = new byte[ItemPrefix.Length + TKeys.HashedLength(key)];
        ItemPrefix.CopyTo(full, 0);
        TKeys.WriteHashed(key, full.AsSpan(ItemPrefix.Length));
        return full;
    }

    /// <summary>The value at <paramref name="key"/>, or <see cref="StorageItem{TValue}.OnEmpty"/>.</summary>
    /// <exception cref="ScaleDecodeException">The stored bytes are not a <typeparamref name="TValue"/>.</exception>
    public TValue Get(in TKey key) => TryGet(key, out TValue value) ? value : OnEmpty;

    /// <summary>True and the value when <paramref name="key"/> is present.</summary>
    /// <exception cref="ScaleDecodeException">The stored bytes are not a <typeparamref name="TValue"/>.</exception>
    public bool TryGet(in TKey key, out TValue value)
    {
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        return StorageCodec.TryRead<TValue, TValueCodec>(Storage, full.Span, out value);
    }

    /// <summary>The value at <paramref name="key"/> as an option (the <c>OptionQuery</c> view, whatever the item's kind).</summary>
    public Option<TValue> GetOption(in TKey key) => TryGet(key, out TValue value) ? Option<TValue>.Some(value) : Option<TValue>.None;

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool Contains(in TKey key)
    {
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        return Storage.Exists(full.Span);
    }

    /// <summary>Stores <paramref name="value"/> at <paramref name="key"/> (FRAME <c>insert</c>).</summary>
    public void Set(in TKey key, in TValue value)
    {
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        StorageCodec.Write<TValue, TValueCodec>(Storage, full.Span, value);
    }

    /// <summary>Deletes <paramref name="key"/>.</summary>
    public void Remove(in TKey key)
    {
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        Storage.Delete(full.Span);
    }

    /// <summary>Deletes <paramref name="key"/>; true and the old value when it was present.</summary>
    public bool TryTake(in TKey key, out TValue value)
    {
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        if (!StorageCodec.TryRead<TValue, TValueCodec>(Storage, full.Span, out value)) return false;
        Storage.Delete(full.Span);
        return true;
    }

    /// <summary>Deletes <paramref name="key"/> and returns its old value, or <see cref="StorageItem{TValue}.OnEmpty"/>.</summary>
    public TValue Take(in TKey key) => TryTake(key, out TValue value) ? value : OnEmpty;

    /// <summary>
    /// Runs <paramref name="mutation"/> on the value (or <see cref="StorageItem{TValue}.OnEmpty"/>) and stores the result when it returns true
    /// (FRAME <c>try_mutate</c> with <c>ValueQuery</c> semantics: the result is stored even when it equals the default).
    /// </summary>
    public bool TryMutate<TState>(in TKey key, TState state, StorageMutation<TValue, TState> mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        if (!StorageCodec.TryRead<TValue, TValueCodec>(Storage, full.Span, out TValue value)) value = OnEmpty;
        if (!mutation(ref value, state)) return false;
        StorageCodec.Write<TValue, TValueCodec>(Storage, full.Span, value);
        return true;
    }

    /// <summary>
    /// Runs <paramref name="mutation"/> on the value as an option and, when it returns true, stores <c>Some</c> or deletes
    /// the key for <c>None</c> (FRAME <c>try_mutate_exists</c>).
    /// </summary>
    public bool TryMutateExists<TState>(in TKey key, TState state, StorageMutation<Option<TValue>, TState> mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        Option<TValue> value = StorageCodec.TryRead<TValue, TValueCodec>(Storage, full.Span, out TValue stored) ? Option<TValue>.Some(stored) : Option<TValue>.None;
        if (!mutation(ref value, state)) return false;
        if (value.TryGetValue(out TValue? some)) StorageCodec.Write<TValue, TValueCodec>(Storage, full.Span, some);
        else Storage.Delete(full.Span);
        return true;
    }

    /// <summary>
    /// Appends <paramref name="item"/> to the vector at <paramref name="key"/> without decoding it; <typeparamref name="TValue"/>
    /// must be a <c>Vec</c> of <typeparamref name="TItem"/> (FRAME <c>append</c>).
    /// </summary>
    public void Append<TItem, TItemCodec>(in TKey key, in TItem item) where TItemCodec : ICodec<TItem>
    {
        using var full = BuildKey(stackalloc byte[StorageBuffer.StackLength], key);
        StorageCodec.Append<TItem, TItemCodec>(Storage, full.Span, item);
    }

    /// <summary>Every entry in key order of the hashed keys, with keys recovered (needs key-keeping hashers).</summary>
    /// <exception cref="InvalidOperationException">A hasher does not keep its key.</exception>
    public IEnumerable<KeyValuePair<TKey, TValue>> Iterate() => Entries(ItemPrefix);

    /// <summary>Every key, recovered from the storage keys (needs key-keeping hashers).</summary>
    public IEnumerable<TKey> IterateKeys()
    {
        foreach (KeyValuePair<TKey, TValue> entry in Entries(ItemPrefix)) yield return entry.Key;
    }

    /// <summary>Every value; works with any hasher.</summary>
    public IEnumerable<TValue> IterateValues() => Values(ItemPrefix);

    /// <summary>Entries whose leading keys are <paramref name="partialKey"/> (hashed by <typeparamref name="TPartialKeys"/>, which must match this map's leading hashers).</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> IteratePrefix<TPartialKey, TPartialKeys>(in TPartialKey partialKey)
        where TPartialKeys : IStorageKey<TPartialKey> => Entries(PartialPrefix<TPartialKey, TPartialKeys>(partialKey));

    /// <summary>Deletes up to <paramref name="limit"/> stored entries (all when null), resuming at <paramref name="cursor"/> (FRAME <c>clear</c>).</summary>
    public MultiRemovalResults Clear(uint? limit = null, byte[]? cursor = null) => Storage.ClearPrefix(ItemPrefix, limit, cursor);

    /// <summary>Like <see cref="Clear"/> for the entries whose leading keys are <paramref name="partialKey"/> (FRAME <c>clear_prefix</c>).</summary>
    public MultiRemovalResults ClearPrefix<TPartialKey, TPartialKeys>(in TPartialKey partialKey, uint? limit = null, byte[]? cursor = null)
        where TPartialKeys : IStorageKey<TPartialKey> => Storage.ClearPrefix(PartialPrefix<TPartialKey, TPartialKeys>(partialKey), limit, cursor);

    private byte[] PartialPrefix<TPartialKey, TPartialKeys>(in TPartialKey partialKey) where TPartialKeys : IStorageKey<TPartialKey>
    {
        byte[] prefix = new byte[ItemPrefix.Length + TPartialKeys.HashedLength(partialKey)];
        ItemPrefix.CopyTo(prefix, 0);
        TPartialKeys.WriteHashed(partialKey, prefix.AsSpan(ItemPrefix.Length));
        return prefix;
    }

    private StorageBuffer BuildKey(Span<byte> stack, in TKey key)
    {
        // Plain-data keys (accounts, numbers, hashes) are hashed once and remembered: a transfer touches the same few
        // accounts dozens of times, and a blake2 per access was most of the cost of reading them. The cached bytes are
        // copied out, so a later eviction never changes a key a caller is still using.
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<TKey>() && _keyCache.TryGet(key, out byte[]? cached))
        {
            var hit = new StorageBuffer(stack, cached.Length);
            cached.CopyTo(hit.Span);
            return hit;
        }
        var full = new StorageBuffer(stack, ItemPrefix.Length + TKeys.HashedLength(key));
        ItemPrefix.CopyTo(full.Span);
        TKeys.WriteHashed(key, full.Span[ItemPrefix.Length..]);
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<TKey>()) _keyCache.Add(key, full.Span);
        return full;
    }

    private IEnumerable<KeyValuePair<TKey, TValue>> Entries(byte[] prefix)
    {
        byte[]? key = prefix;
        while ((key = Storage.NextKey(key)) is not null && key.AsSpan().StartsWith(prefix))
        {
            byte[]? raw = Storage.Get(key);
            if (raw is null) continue;
            yield return new(DecodeKey(key), ScaleCodec.Decode<TValue, TValueCodec>(raw));
        }
    }

    private IEnumerable<TValue> Values(byte[] prefix)
    {
        byte[]? key = prefix;
        while ((key = Storage.NextKey(key)) is not null && key.AsSpan().StartsWith(prefix))
        {
            byte[]? raw = Storage.Get(key);
            if (raw is null) continue;
            yield return ScaleCodec.Decode<TValue, TValueCodec>(raw);
        }
    }

    private TKey DecodeKey(byte[] storageKey)
    {
        var reader = new ScaleReader(storageKey.AsSpan(ItemPrefix.Length));
        TKey key = TKeys.ReadHashed(ref reader);
        reader.EnsureEnd();
        return key;
    }

    /// <summary>
    /// The last few plain-data keys and their full storage keys, replaced round-robin. Keys are compared bitwise: for a
    /// type without references equal bits mean an equal encoding, so a hit can never give another key's bytes.
    /// </summary>
    private struct HashedKeyCache
    {
        private const int Capacity = 8;

        private TKey[]? _keys;
        private byte[][]? _hashed;
        private int _count;
        private int _next;

        public readonly bool TryGet(in TKey key, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? hashed)
        {
            ReadOnlySpan<byte> wanted = Bits(key);
            for (int i = 0; i < _count; i++)
            {
                if (Bits(_keys![i]).SequenceEqual(wanted))
                {
                    hashed = _hashed![i];
                    return true;
                }
            }
            hashed = null;
            return false;
        }

        public void Add(in TKey key, ReadOnlySpan<byte> hashed)
        {
            _keys ??= new TKey[Capacity];
            _hashed ??= new byte[Capacity][];
            int slot = _next;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity) _count++;
            _keys[slot] = key;
            byte[]? bytes = _hashed[slot];
            if (bytes is null || bytes.Length != hashed.Length) _hashed[slot] = bytes = new byte[hashed.Length];
            hashed.CopyTo(bytes);
        }

        private static ReadOnlySpan<byte> Bits(in TKey key) =>
            MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TKey, byte>(ref Unsafe.AsRef(in key)), Unsafe.SizeOf<TKey>());
    }
}
