namespace Kusama.Frame.Metadata;

/// <summary>Whether reading an absent storage value gives None (<c>Optional</c>) or the entry's default (<c>Default</c>).</summary>
public enum StorageEntryModifier : byte
{
    Optional = 0,
    Default = 1,
}
