using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Frame.Storage;

/// <summary>A single value (FRAME <c>StorageValue</c>) at twox128(pallet) ++ twox128(item).</summary>
public sealed class StorageValue<TValue, TCodec> : StorageItem<TValue> where TCodec : ICodec<TValue>
{
    /// <summary>An <c>OptionQuery</c> value <paramref name="pallet"/>.<paramref name="item"/>.</summary>
    public StorageValue(IStorage storage, string pallet, string item) : this(storage, pallet, item, StorageQueryKind.OptionQuery, default!)
    {
    }

    /// <summary>A <c>ValueQuery</c> value reading as <paramref name="onEmpty"/> where absent.</summary>
    public StorageValue(IStorage storage, string pallet, string item, TValue onEmpty) : this(storage, pallet, item, StorageQueryKind.ValueQuery, onEmpty)
    {
    }

    private StorageValue(IStorage storage, string pallet, string item, StorageQueryKind queryKind, TValue onEmpty)
        : base(storage, pallet, item, queryKind, onEmpty)
    {
    }

    /// <summary>The storage key, twox128(pallet) ++ twox128(item).</summary>
    public ReadOnlySpan<byte> Key => ItemPrefix;

    /// <summary>The value, or <see cref="StorageItem{TValue}.OnEmpty"/>.</summary>
    /// <exception cref="ScaleDecodeException">The stored bytes are not a <typeparamref name="TValue"/>.</exception>
    public TValue Get() => TryGet(out TValue value) ? value : OnEmpty;

    /// <summary>True and the value when present.</summary>
    public bool TryGet(out TValue value) => StorageCodec.TryRead<TValue, TCodec>(Storage, ItemPrefix, out value);

    /// <summary>The value as an option.</summary>
    public Option<TValue> GetOption() => TryGet(out TValue value) ? Option<TValue>.Some(value) : Option<TValue>.None;

    /// <summary>True when a value is stored.</summary>
    public bool Exists() => Storage.Exists(ItemPrefix);

    /// <summary>Stores <paramref name="value"/> (FRAME <c>put</c>).</summary>
    public void Set(in TValue value) => StorageCodec.Write<TValue, TCodec>(Storage, ItemPrefix, value);

    /// <summary>Deletes the value (FRAME <c>kill</c>).</summary>
    public void Remove() => Storage.Delete(ItemPrefix);

    /// <summary>Deletes the value and returns it, or <see cref="StorageItem{TValue}.OnEmpty"/>.</summary>
    public TValue Take()
    {
        if (!TryGet(out TValue value)) return OnEmpty;
        Storage.Delete(ItemPrefix);
        return value;
    }

    /// <summary>Runs <paramref name="mutation"/> on the value (or <see cref="StorageItem{TValue}.OnEmpty"/>) and stores the result when it returns true.</summary>
    public bool TryMutate<TState>(TState state, StorageMutation<TValue, TState> mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        if (!TryGet(out TValue value)) value = OnEmpty;
        if (!mutation(ref value, state)) return false;
        Set(value);
        return true;
    }

    /// <summary>Runs <paramref name="mutation"/> on the value as an option; when it returns true stores <c>Some</c> or deletes for <c>None</c>.</summary>
    public bool TryMutateExists<TState>(TState state, StorageMutation<Option<TValue>, TState> mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        Option<TValue> value = GetOption();
        if (!mutation(ref value, state)) return false;
        if (value.TryGetValue(out TValue? some)) Set(some);
        else Remove();
        return true;
    }

    /// <summary>Appends <paramref name="item"/> without decoding the stored vector; <typeparamref name="TValue"/> must be a <c>Vec</c> of <typeparamref name="TItem"/>.</summary>
    public void Append<TItem, TItemCodec>(in TItem item) where TItemCodec : ICodec<TItem> => StorageCodec.Append<TItem, TItemCodec>(Storage, ItemPrefix, item);
}
