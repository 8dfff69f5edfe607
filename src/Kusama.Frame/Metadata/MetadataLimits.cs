namespace Kusama.Frame.Metadata;

/// <summary>Named bounds on every length in runtime metadata, checked before anything is allocated.</summary>
/// <remarks>
/// Each bound is far above what a real runtime emits (Kusama v1.7.1: about 900 types, 60 pallets, 230-variant enums),
/// and every item also needs at least one byte of what remains, so the input size is the real guard.
/// </remarks>
public static class MetadataLimits
{
    /// <summary>Types in the portable registry.</summary>
    public const int MaxTypes = 1 << 20;

    /// <summary>Pallets: the pallet index is a <c>u8</c>, so a runtime has at most 256.</summary>
    public const int MaxPallets = 256;

    /// <summary>Variants of one enum: the variant index is a <c>u8</c>.</summary>
    public const int MaxVariants = 256;

    /// <summary>Fields of one struct or variant, and items of one tuple.</summary>
    public const int MaxFields = 1 << 16;

    /// <summary>Segments of a type path (<c>sp_core::crypto::AccountId32</c> has 3).</summary>
    public const int MaxPathSegments = 256;

    /// <summary>Generic parameters of one type.</summary>
    public const int MaxTypeParameters = 256;

    /// <summary>Lines of one doc comment.</summary>
    public const int MaxDocLines = 1 << 16;

    /// <summary>Bytes of a name or identifier (pallet, item, field, variant, path segment, API, method).</summary>
    public const int MaxNameBytes = 4 * 1024;

    /// <summary>Bytes of a free-text string: one doc line or a field's Rust type name.</summary>
    public const int MaxTextBytes = 1 << 20;

    /// <summary>Bytes of an encoded value: a constant, a storage default or a custom value.</summary>
    public const int MaxValueBytes = 16 << 20;

    /// <summary>Storage entries of one pallet.</summary>
    public const int MaxStorageEntries = 1 << 16;

    /// <summary>Hashers of one storage map (one per key of an N-map).</summary>
    public const int MaxHashers = 256;

    /// <summary>Constants of one pallet.</summary>
    public const int MaxConstants = 1 << 16;

    /// <summary>Signed extensions of the extrinsic format.</summary>
    public const int MaxSignedExtensions = 256;

    /// <summary>Runtime APIs (V15).</summary>
    public const int MaxRuntimeApis = 4096;

    /// <summary>Methods of one runtime API (V15).</summary>
    public const int MaxRuntimeApiMethods = 4096;

    /// <summary>Inputs of one runtime API method (V15).</summary>
    public const int MaxRuntimeApiInputs = 256;

    /// <summary>Entries of the custom metadata map (V15).</summary>
    public const int MaxCustomEntries = 1 << 16;
}
