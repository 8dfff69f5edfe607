namespace Kusama.Frame.Metadata;

/// <summary>The body of <see cref="RuntimeMetadataPrefixed"/>: one of the supported metadata versions.</summary>
public abstract record RuntimeMetadata
{
    private protected RuntimeMetadata() { }

    /// <summary>The version byte that follows the magic (14 or 15).</summary>
    public abstract byte Version { get; }

    /// <summary>The portable type registry every other part refers to by id.</summary>
    public abstract PortableRegistry Types { get; }

    /// <summary>The pallets in declaration order.</summary>
    public abstract IReadOnlyList<PalletMetadata> Pallets { get; }

    /// <summary>The type id of the <c>Runtime</c> struct.</summary>
    public abstract uint Type { get; }

    /// <summary>The pallet with the given name, or null.</summary>
    public PalletMetadata? FindPallet(string name)
    {
        for (int i = 0; i < Pallets.Count; i++)
        {
            if (Pallets[i].Name == name)
                return Pallets[i];
        }
        return null;
    }
}
