using Kusama.Scale;
using Kusama.State;

namespace Kusama.Frame.Storage;

/// <summary>
/// A two-key map (FRAME <c>StorageDoubleMap</c>): twox128(pallet) ++ twox128(item) ++ <typeparamref name="THasher1"/>(k1) ++ <typeparamref name="THasher2"/>(k2),
/// so every entry of one first key shares a prefix and can be iterated or cleared together.
/// </summary>
public class StorageDoubleMap<TKey1, TKey2, TValue, TKey1Codec, TKey2Codec, TValueCodec, THasher1, THasher2>
    : StorageNMap<(TKey1, TKey2), TValue, NMapKeys<TKey1, TKey2, NMapKey<TKey1, TKey1Codec, THasher1>, NMapKey<TKey2, TKey2Codec, THasher2>>, TValueCodec>
    where TKey1Codec : ICodec<TKey1>
    where TKey2Codec : ICodec<TKey2>
    where TValueCodec : ICodec<TValue>
    where THasher1 : IStorageHasher
    where THasher2 : IStorageHasher
{
    /// <summary>An <c>OptionQuery</c> double map.</summary>
    public StorageDoubleMap(IStorage storage, string pallet, string item) : base(storage, pallet, item)
    {
    }

    /// <summary>A <c>ValueQuery</c> double map reading as <paramref name="onEmpty"/> where absent.</summary>
    public StorageDoubleMap(IStorage storage, string pallet, string item, TValue onEmpty) : base(storage, pallet, item, onEmpty)
    {
    }

    /// <summary>The value at (<paramref name="key1"/>, <paramref name="key2"/>), or <c>OnEmpty</c>.</summary>
    public TValue Get(TKey1 key1, TKey2 key2) => Get((key1, key2));

    /// <summary>True and the value when (<paramref name="key1"/>, <paramref name="key2"/>) is present.</summary>
    public bool TryGet(TKey1 key1, TKey2 key2, out TValue value) => TryGet((key1, key2), out value);

    /// <summary>True when (<paramref name="key1"/>, <paramref name="key2"/>) is present.</summary>
    public bool Contains(TKey1 key1, TKey2 key2) => Contains((key1, key2));

    /// <summary>Stores <paramref name="value"/> at (<paramref name="key1"/>, <paramref name="key2"/>).</summary>
    public void Set(TKey1 key1, TKey2 key2, in TValue value) => Set((key1, key2), value);

    /// <summary>Deletes (<paramref name="key1"/>, <paramref name="key2"/>).</summary>
    public void Remove(TKey1 key1, TKey2 key2) => Remove((key1, key2));

    /// <summary>Every (second key, value) stored under <paramref name="key1"/> (needs a key-keeping second hasher).</summary>
    public IEnumerable<KeyValuePair<TKey2, TValue>> IteratePrefix(TKey1 key1)
    {
        foreach (KeyValuePair<(TKey1, TKey2), TValue> entry in IteratePrefix<TKey1, NMapKey<TKey1, TKey1Codec, THasher1>>(key1))
            yield return new(entry.Key.Item2, entry.Value);
    }

    /// <summary>Deletes up to <paramref name="limit"/> entries under <paramref name="key1"/>, resuming at <paramref name="cursor"/>.</summary>
    public MultiRemovalResults ClearPrefix(TKey1 key1, uint? limit = null, byte[]? cursor = null) =>
        ClearPrefix<TKey1, NMapKey<TKey1, TKey1Codec, THasher1>>(key1, limit, cursor);
}
