using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>frame-metadata's <c>RuntimeMetadataV14</c>: types, pallets, extrinsic format and the <c>Runtime</c> type id.</summary>
public sealed record RuntimeMetadataV14(
    PortableRegistry Types,
    IReadOnlyList<PalletMetadata> Pallets,
    ExtrinsicMetadataV14 Extrinsic,
    uint Type) : RuntimeMetadata, IScaleCodec<RuntimeMetadataV14>
{
    /// <summary>The version byte of this layout.</summary>
    public const byte VersionNumber = 14;

    public override byte Version => VersionNumber;

    public override PortableRegistry Types { get; } = Types;

    public override IReadOnlyList<PalletMetadata> Pallets { get; } = Pallets;

    public override uint Type { get; } = Type;

    public static RuntimeMetadataV14 Decode(ref ScaleReader reader)
    {
        var types = PortableRegistry.Decode(ref reader);
        var pallets = PalletMetadata.DecodeList(ref reader, withDocs: false);
        var extrinsic = ExtrinsicMetadataV14.Decode(ref reader);
        return new RuntimeMetadataV14(types, pallets, extrinsic, reader.ReadCompactU32());
    }

    /// <exception cref="ArgumentException">A pallet has docs, which V14 cannot carry.</exception>
    public static void Encode<TWriter>(in RuntimeMetadataV14 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        PortableRegistry.Encode(value.Types, ref writer);
        PalletMetadata.EncodeList(value.Pallets, withDocs: false, ref writer);
        ExtrinsicMetadataV14.Encode(value.Extrinsic, ref writer);
        ScaleWriter.WriteCompact(ref writer, value.Type);
    }

    public static int GetEncodedSize(in RuntimeMetadataV14 value) =>
        PortableRegistry.GetEncodedSize(value.Types)
        + PalletMetadata.ListSize(value.Pallets, withDocs: false)
        + ExtrinsicMetadataV14.GetEncodedSize(value.Extrinsic)
        + ScaleWriter.CompactSize(value.Type);
}
