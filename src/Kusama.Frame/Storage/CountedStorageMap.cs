using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using Kusama.State;

namespace Kusama.Frame.Storage;

/// <summary>
/// A map that keeps its entry count (FRAME <c>CountedStorageMap</c>) in the <c>u32</c> value <c>CounterFor&lt;Name&gt;</c> of the same pallet.
/// Writes go through this type so the counter stays right; the map's keys are those of a plain <see cref="StorageMap{TKey, TValue, TKeyCodec, TValueCodec, THasher}"/>.
/// </summary>
public sealed class CountedStorageMap<TKey, TValue, TKeyCodec, TValueCodec, THasher>
    where TKeyCodec : ICodec<TKey>
    where TValueCodec : ICodec<TValue>
    where THasher : IStorageHasher
{
    private readonly StorageMap<TKey, TValue, TKeyCodec, TValueCodec, THasher> _map;

    /// <summary>An <c>OptionQuery</c> counted map.</summary>
    public CountedStorageMap(IStorage storage, string pallet, string item)
    {
        _map = new(storage, pallet, item);
        Counter = NewCounter(storage, pallet, item);
    }

    /// <summary>A <c>ValueQuery</c> counted map reading as <paramref name="onEmpty"/> where absent.</summary>
    public CountedStorageMap(IStorage storage, string pallet, string item, TValue onEmpty)
    {
        _map = new(storage, pallet, item, onEmpty);
        Counter = NewCounter(storage, pallet, item);
    }

    /// <summary>The <c>CounterFor&lt;Name&gt;</c> value (<c>ValueQuery</c>, default 0).</summary>
    public StorageValue<uint, U32Codec> Counter { get; }

    /// <summary>The map's name.</summary>
    public string Name => _map.Name;

    /// <summary>Whether absence is visible or reads as the default.</summary>
    public StorageQueryKind QueryKind => _map.QueryKind;

    /// <summary>twox128(pallet) ++ twox128(item).</summary>
    public ReadOnlySpan<byte> Prefix => _map.Prefix;

    /// <summary>Entries stored, from the counter.</summary>
    public uint Count => Counter.Get();

    /// <summary>The full storage key of <paramref name="key"/>.</summary>
    public byte[] HashedKey(in TKey key) => _map.HashedKey(key);

    /// <summary>The value at <paramref name="key"/>, or the default.</summary>
    public TValue Get(in TKey key) => _map.Get(key);

    /// <summary>True and the value when <paramref name="key"/> is present.</summary>
    public bool TryGet(in TKey key, out TValue value) => _map.TryGet(key, out value);

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool Contains(in TKey key) => _map.Contains(key);

    /// <summary>Stores <paramref name="value"/>, counting a new key.</summary>
    public void Set(in TKey key, in TValue value)
    {
        if (!_map.Contains(key)) Increment();
        _map.Set(key, value);
    }

    /// <summary>Deletes <paramref name="key"/>, uncounting it when it was present.</summary>
    public void Remove(in TKey key)
    {
        if (!_map.Contains(key)) return;
        _map.Remove(key);
        Decrement();
    }

    /// <summary>Deletes <paramref name="key"/>; true and the old value when it was present.</summary>
    public bool TryTake(in TKey key, out TValue value)
    {
        if (!_map.TryTake(key, out value)) return false;
        Decrement();
        return true;
    }

    /// <summary>Like <see cref="StorageNMap{TKey, TValue, TKeys, TValueCodec}.TryMutate"/>, counting a key it creates.</summary>
    public bool TryMutate<TState>(in TKey key, TState state, StorageMutation<TValue, TState> mutation)
    {
        bool existed = _map.Contains(key);
        if (!_map.TryMutate(key, state, mutation)) return false;
        if (!existed) Increment();
        return true;
    }

    /// <summary>Like <see cref="StorageNMap{TKey, TValue, TKeys, TValueCodec}.TryMutateExists"/>, keeping the counter in step.</summary>
    public bool TryMutateExists<TState>(in TKey key, TState state, StorageMutation<Option<TValue>, TState> mutation)
    {
        bool existed = _map.Contains(key);
        if (!_map.TryMutateExists(key, state, mutation)) return false;
        bool exists = _map.Contains(key);
        if (exists && !existed) Increment();
        else if (existed && !exists) Decrement();
        return true;
    }

    /// <summary>Every entry with its key recovered (needs a key-keeping hasher).</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> Iterate() => _map.Iterate();

    /// <summary>Every value.</summary>
    public IEnumerable<TValue> IterateValues() => _map.IterateValues();

    /// <summary>
    /// Deletes up to <paramref name="limit"/> entries, resuming at <paramref name="cursor"/>; the counter drops by the entries
    /// removed, and is deleted once the map is empty (as FRAME's <c>clear</c>).
    /// </summary>
    public MultiRemovalResults Clear(uint? limit = null, byte[]? cursor = null)
    {
        MultiRemovalResults result = _map.Clear(limit, cursor);
        if (result.Complete) Counter.Remove();
        else Counter.Set(Count > result.Unique ? Count - result.Unique : 0);
        return result;
    }

    private static StorageValue<uint, U32Codec> NewCounter(IStorage storage, string pallet, string item) =>
        new(storage, pallet, "CounterFor" + item, 0u);

    private void Increment()
    {
        uint count = Count;
        Counter.Set(count < uint.MaxValue ? count + 1 : count);
    }

    private void Decrement()
    {
        uint count = Count;
        Counter.Set(count > 0 ? count - 1 : 0);
    }
}
