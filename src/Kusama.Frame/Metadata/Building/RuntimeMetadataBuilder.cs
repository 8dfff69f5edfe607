namespace Kusama.Frame.Metadata.Building;

/// <summary>Assembles metadata V14 and V15 from a <see cref="TypeRegistry"/>, the pallets, the extrinsic format and the runtime APIs.</summary>
public sealed class RuntimeMetadataBuilder
{
    private readonly List<PalletMetadata> _pallets = [];
    private readonly List<RuntimeApiMetadata> _apis = [];
    private ExtrinsicParts? _extrinsic;
    private uint? _runtimeType;
    private OuterEnums? _outerEnums;

    /// <summary>Starts a builder whose type ids all refer to <paramref name="types"/>.</summary>
    public RuntimeMetadataBuilder(TypeRegistry types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = types;
    }

    /// <summary>The registry every id in the metadata refers to.</summary>
    public TypeRegistry Types { get; }

    /// <summary>The pallets added so far, in declaration order.</summary>
    public IReadOnlyList<PalletMetadata> Pallets => _pallets;

    /// <summary>Adds a pallet; pallets keep the order they are added in (Kusama's declaration order, not index order).</summary>
    /// <exception cref="ArgumentException">A pallet with the same name or index was added before.</exception>
    public void AddPallet(PalletMetadata pallet)
    {
        ArgumentNullException.ThrowIfNull(pallet);
        foreach (var existing in _pallets)
        {
            if (existing.Name == pallet.Name || existing.Index == pallet.Index)
                throw new ArgumentException($"pallet {pallet.Name} (index {pallet.Index}) clashes with pallet {existing.Name} (index {existing.Index})", nameof(pallet));
        }
        _pallets.Add(pallet);
    }

    /// <summary>
    /// Sets the extrinsic format: registers V14's <c>UncheckedExtrinsic&lt;Address, Call, Signature, Extra&gt;</c> and
    /// V15's extra type, the tuple of the extensions' types in order.
    /// </summary>
    public void SetExtrinsic(uint addressType, uint callType, uint signatureType, IReadOnlyList<SignedExtensionMetadata> extensions, byte version = 4)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var extraItems = new uint[extensions.Count];
        for (int i = 0; i < extraItems.Length; i++)
            extraItems[i] = extensions[i].Type;
        uint extra = Types.Tuple(extraItems);
        uint unchecked_ = Types.UncheckedExtrinsic(addressType, callType, signatureType, extra);
        _extrinsic = new ExtrinsicParts(version, addressType, callType, signatureType, extra, unchecked_, [.. extensions]);
    }

    /// <summary>The <c>UncheckedExtrinsic</c> type id registered by <see cref="SetExtrinsic"/> (for <c>Block</c> and the runtime APIs).</summary>
    /// <exception cref="InvalidOperationException"><see cref="SetExtrinsic"/> was not called.</exception>
    public uint UncheckedExtrinsicType => Extrinsic.UncheckedExtrinsic;

    /// <summary>Sets the top-level type, the <c>Runtime</c> unit struct.</summary>
    public void SetRuntimeType(uint runtimeType) => _runtimeType = runtimeType;

    /// <summary>Sets V15's outer enums: <c>RuntimeCall</c>, <c>RuntimeEvent</c> and <c>RuntimeError</c>.</summary>
    public void SetOuterEnums(uint callEnum, uint eventEnum, uint errorEnum) => _outerEnums = new OuterEnums(callEnum, eventEnum, errorEnum);

    /// <summary>Adds a runtime API (V15 only); APIs keep the order they are added in.</summary>
    public void AddApi(RuntimeApiMetadata api)
    {
        ArgumentNullException.ThrowIfNull(api);
        _apis.Add(api);
    }

    /// <summary>
    /// Registers <c>{runtimeCrate}::RuntimeError</c>: one variant per pallet added so far that has errors, named after the
    /// pallet, at the pallet's index, wrapping its error enum (field type name <c>{crate}::Error&lt;Runtime&gt;</c> as Kusama writes it).
    /// </summary>
    public uint RegisterRuntimeError(string runtimeCrate)
    {
        var variants = new List<Variant>(_pallets.Count);
        foreach (var pallet in _pallets)
        {
            if (pallet.ErrorType is uint error)
                variants.Add(TypeRegistry.VariantOf(pallet.Name, pallet.Index, TypeRegistry.Unnamed(error, OuterTypeName(error, "Error"))));
        }
        return Types.Variant([runtimeCrate, "RuntimeError"], [], [.. variants]);
    }

    /// <summary>
    /// The type name Kusama's outer enums give a pallet's inner enum: <c>{crate}::{item}&lt;Runtime&gt;</c> when it is
    /// generic over the runtime, <c>{crate}::{item}</c> otherwise (<paramref name="item"/> is <c>Event</c> or <c>Error</c>).
    /// </summary>
    public string OuterTypeName(uint palletEnum, string item)
    {
        var type = Types[palletEnum];
        string crate = type.Path.Count > 0 ? type.Path[0] : throw new ArgumentException($"type {palletEnum} has no path", nameof(palletEnum));
        return type.TypeParameters.Count > 0 ? $"{crate}::{item}<Runtime>" : $"{crate}::{item}";
    }

    /// <summary>
    /// The type name Kusama's <c>RuntimeCall</c> gives a pallet's call enum, as <c>construct_runtime!</c> writes it
    /// (line break included).
    /// </summary>
    public static string CallTypeName(string palletName) =>
        $"self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch\n::CallableCallFor<{palletName}, Runtime>";

    /// <summary>Metadata V14: pallet docs are dropped (V14 cannot carry them), runtime APIs and outer enums are V15-only.</summary>
    /// <exception cref="InvalidOperationException">The extrinsic format or the runtime type was not set.</exception>
    public RuntimeMetadataV14 BuildV14()
    {
        var extrinsic = Extrinsic;
        uint runtimeType = RuntimeType;
        var pallets = new PalletMetadata[_pallets.Count];
        for (int i = 0; i < pallets.Length; i++)
            pallets[i] = _pallets[i].Docs.Count == 0 ? _pallets[i] : _pallets[i] with { Docs = [] };
        return new RuntimeMetadataV14(
            Types.ToPortableRegistry(),
            pallets,
            new ExtrinsicMetadataV14(extrinsic.UncheckedExtrinsic, extrinsic.Version, extrinsic.Extensions),
            runtimeType);
    }

    /// <summary>Metadata V15, with empty custom metadata (as Kusama ships).</summary>
    /// <exception cref="InvalidOperationException">The extrinsic format, the runtime type or the outer enums were not set.</exception>
    public RuntimeMetadataV15 BuildV15()
    {
        var extrinsic = Extrinsic;
        uint runtimeType = RuntimeType;
        var outerEnums = _outerEnums ?? throw new InvalidOperationException("SetOuterEnums was not called");
        return new RuntimeMetadataV15(
            Types.ToPortableRegistry(),
            [.. _pallets],
            new ExtrinsicMetadataV15(
                extrinsic.Version, extrinsic.Address, extrinsic.Call, extrinsic.Signature, extrinsic.Extra, extrinsic.Extensions),
            runtimeType,
            [.. _apis],
            outerEnums,
            CustomMetadata.Empty());
    }

    /// <summary>The bytes <c>state_getMetadata</c> returns: <c>"meta"</c>, the version byte, the metadata.</summary>
    public static byte[] Encode(RuntimeMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new RuntimeMetadataPrefixed(metadata).Encode();
    }

    private ExtrinsicParts Extrinsic => _extrinsic ?? throw new InvalidOperationException("SetExtrinsic was not called");

    private uint RuntimeType => _runtimeType ?? throw new InvalidOperationException("SetRuntimeType was not called");

    private sealed record ExtrinsicParts(
        byte Version, uint Address, uint Call, uint Signature, uint Extra, uint UncheckedExtrinsic, SignedExtensionMetadata[] Extensions);
}
