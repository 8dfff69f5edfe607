using Kusama.Scale;

namespace Kusama.Frame.Storage;

/// <summary>
/// A single-key map (FRAME <c>StorageMap</c>): twox128(pallet) ++ twox128(item) ++ <typeparamref name="THasher"/>(SCALE(key)).
/// The hasher is a struct type argument, so hashing is a direct, inlinable call per map type.
/// </summary>
public class StorageMap<TKey, TValue, TKeyCodec, TValueCodec, THasher> : StorageNMap<TKey, TValue, NMapKey<TKey, TKeyCodec, THasher>, TValueCodec>
    where TKeyCodec : ICodec<TKey>
    where TValueCodec : ICodec<TValue>
    where THasher : IStorageHasher
{
    /// <summary>An <c>OptionQuery</c> map.</summary>
    public StorageMap(IStorage storage, string pallet, string item) : base(storage, pallet, item)
    {
    }

    /// <summary>A <c>ValueQuery</c> map reading as <paramref name="onEmpty"/> where absent.</summary>
    public StorageMap(IStorage storage, string pallet, string item, TValue onEmpty) : base(storage, pallet, item, onEmpty)
    {
    }

    /// <summary>The key hasher.</summary>
    public static StorageHasher Hasher => THasher.Kind;
}
