namespace Kusama.Frame.Storage;

/// <summary>What reading an absent key gives (FRAME <c>QueryKind</c>; metadata <c>StorageEntryModifier</c>).</summary>
public enum StorageQueryKind : byte
{
    /// <summary><c>OptionQuery</c>: absence is visible (metadata modifier <c>Optional</c>).</summary>
    OptionQuery = 0,

    /// <summary><c>ValueQuery</c>: absence reads as the item's default (metadata modifier <c>Default</c>).</summary>
    ValueQuery = 1,
}
