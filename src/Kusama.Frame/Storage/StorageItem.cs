namespace Kusama.Frame.Storage;

/// <summary>What every storage item declares: where it lives (pallet and item name, hence its twox128 prefix) and how absence reads.</summary>
public abstract class StorageItem<TValue>
{
    /// <summary>twox128(pallet) ++ twox128(item), computed once per item name and shared: never write it.</summary>
    private protected readonly byte[] ItemPrefix;

    private protected StorageItem(IStorage storage, string pallet, string item, StorageQueryKind queryKind, TValue onEmpty)
    {
        ArgumentNullException.ThrowIfNull(storage);
        Storage = storage;
        Pallet = pallet;
        Name = item;
        QueryKind = queryKind;
        OnEmpty = onEmpty;
        ItemPrefix = StorageHashing.SharedPrefix(pallet, item);
    }

    /// <summary>The storage read and written.</summary>
    public IStorage Storage { get; }

    /// <summary>The pallet's storage prefix name.</summary>
    public string Pallet { get; }

    /// <summary>The item's name.</summary>
    public string Name { get; }

    /// <summary>Whether absence is visible or reads as <see cref="OnEmpty"/>.</summary>
    public StorageQueryKind QueryKind { get; }

    /// <summary>What a read gives where nothing is stored: the <c>ValueQuery</c> default, or <c>default(TValue)</c> for an <c>OptionQuery</c> item.</summary>
    public TValue OnEmpty { get; }
}
